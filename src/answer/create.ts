import type { Config } from '../config.js';
import { createEmbedderFor } from '../embed/factory.js';
import type { Logger } from '../logger.js';
import { ReloadingIndexProvider } from './index-provider.js';
import { LocalAnswerService, type LocalServiceOptions } from './local-service.js';
import type { AnswerService } from './service.js';

/**
 * The answer service over the index in `config.indexDir`, embedding questions with the model
 * the index was built with. The index loads on first use and reloads when it is rebuilt.
 */
export async function createAnswerService(config: Config, logger: Logger, options: LocalServiceOptions = {}): Promise<AnswerService> {
  const provider = new ReloadingIndexProvider({
    indexDir: config.indexDir,
    wanted: { embedder: config.embedder, transformersModel: config.transformersModel },
    embedderFor: (info) => createEmbedderFor(info, config),
    logger,
  });
  return new LocalAnswerService(provider, { ...options, logger });
}
