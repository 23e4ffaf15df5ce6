import { link, lstat, mkdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CitebotError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { BuildResult } from './build.js';

/** How the editor rebuilds the index after a change (the bot: the configured embedder; tests: a fake). */
export type Rebuild = () => Promise<BuildResult>;

/** A file to add to the corpus folder. */
export interface NewCorpusFile {
  fileName: string;
  body: string;
}

/** How long to wait for another process's build (`npm run index`) before trying again, and how often. */
export interface RetryOptions {
  retryMs: number;
  attempts: number;
}
const RETRY: RetryOptions = { retryMs: 2000, attempts: 30 };

/**
 * Remembers, outside the process, that the corpus changed and the index has not caught up yet
 * (the bot keeps it in its state database), so a bot stopped mid-build rebuilds when it starts.
 */
export interface BuildMarker {
  set(pending: boolean): void;
  get(): boolean;
}

export interface EditorOptions {
  logger?: Logger | undefined;
  retry?: RetryOptions;
  marker?: BuildMarker;
}

/**
 * Changes the corpus folder from the running bot and rebuilds the index after each change,
 * one build after another: a change made while a build runs is picked up by the next build,
 * so two moderators adding at once both land. A file is written before its build starts and
 * a build replaces the index atomically, so a bot stopped mid-build loses nothing (the file
 * is there for the next build) and the previous index keeps serving until then.
 */
export class CorpusEditor {
  #queue: Promise<unknown> = Promise.resolve();
  /** Builds queued or running, this one included. */
  #queueLength = 0;

  private readonly logger: Logger | undefined;
  private readonly retry: RetryOptions;
  private readonly marker: BuildMarker | undefined;

  constructor(
    readonly corpusDir: string,
    private readonly rebuild: Rebuild,
    options: EditorOptions = {},
  ) {
    this.logger = options.logger;
    this.retry = options.retry ?? RETRY;
    this.marker = options.marker;
  }

  /** Writes new articles (never over an existing file), then rebuilds. */
  async add(files: readonly NewCorpusFile[]): Promise<BuildResult> {
    await mkdir(this.corpusDir, { recursive: true });
    this.marker?.set(true);
    for (const file of files) {
      const target = this.#inside(file.fileName);
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
      await writeFile(temp, file.body);
      try {
        // A hard link appears whole and refuses an existing name (EEXIST): the next build never reads half a file.
        await link(temp, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new CitebotError('UPLOAD_REJECTED', `The corpus already has a file named ${file.fileName}.`, {
            hint: 'Nothing was changed.',
          });
        }
        throw error;
      } finally {
        await rm(temp, { force: true });
      }
    }
    return this.build();
  }

  /** Deletes one article file (a path relative to the corpus folder), then rebuilds. */
  async remove(relativeFile: string): Promise<BuildResult> {
    if (relativeFile.includes('#')) {
      throw new CitebotError('OPTION_INVALID', `That article is one line of ${relativeFile.split('#')[0]}, which holds others too.`, {
        hint: 'Remove its line from the file by hand, then run `npm run index`.',
      });
    }
    const target = this.#inside(relativeFile);
    const stat = await lstat(target).catch(() => null);
    if (!stat?.isFile()) throw new CitebotError('OPTION_INVALID', `There is no article file ${relativeFile} in the corpus any more.`);
    // Moved aside first, so a failed unlink never leaves half an article behind.
    const aside = `${target}.removed`;
    this.marker?.set(true);
    await rename(target, aside);
    await unlink(aside);
    return this.build();
  }

  /** Builds if a change was left unindexed (the bot stopped mid-build); resolves to null when nothing was pending. */
  async catchUp(): Promise<BuildResult | null> {
    return this.marker?.get() ? this.build() : null;
  }

  /** Queues a build after any running one; retries while another process holds the index lock. */
  build(): Promise<BuildResult> {
    this.#queueLength += 1;
    const run = this.#queue.then(() => this.#buildRetrying()).finally(() => (this.#queueLength -= 1));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #buildRetrying(): Promise<BuildResult> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const result = await this.rebuild();
        // Only a build that started after the last change may clear the mark; queued builds run in order, so the last one does.
        if (this.#queueLength === 1) this.marker?.set(false);
        this.logger?.info({ buildId: result.manifest.buildId, articles: result.manifest.counts.articles }, 'corpus changed; index rebuilt');
        return result;
      } catch (error) {
        if (!(error instanceof CitebotError) || error.code !== 'INDEX_LOCKED' || attempt >= this.retry.attempts) throw error;
        this.logger?.info({ attempt }, 'another build holds the index; waiting');
        await new Promise((resolve) => setTimeout(resolve, this.retry.retryMs));
      }
    }
  }

  /** The absolute path of a corpus file, refusing anything outside the corpus folder. */
  #inside(relative: string): string {
    const target = path.resolve(this.corpusDir, relative);
    if (path.relative(this.corpusDir, target).startsWith('..') || path.isAbsolute(path.relative(this.corpusDir, target))) {
      throw new CitebotError('OPTION_INVALID', `${relative} is not inside the corpus folder.`);
    }
    return target;
  }
}
