import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CitebotError } from '../errors.js';
import type { ReadResult } from './readers/article.js';
import { decodeText } from './readers/decode.js';
import { readHtmlArticle } from './readers/html.js';
import { readJsonlArticles } from './readers/jsonl.js';
import { readTextArticle } from './readers/text.js';
import { walkCorpus, type CorpusFile } from './walk.js';
import type { CorpusWarning, RawArticle } from './types.js';

/** Everything usable in a corpus, plus what was skipped and why. */
export interface LoadedCorpus {
  articles: RawArticle[];
  warnings: CorpusWarning[];
}

type Reader = (content: string, file: string, id: string) => ReadResult;

const READERS: Record<string, Reader> = {
  '.md': readTextArticle,
  '.markdown': readTextArticle,
  '.txt': readTextArticle,
  '.html': readHtmlArticle,
  '.htm': readHtmlArticle,
  '.jsonl': readJsonlArticles,
};

/** Supported extensions, for messages. */
export const CORPUS_EXTENSIONS = Object.keys(READERS);

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

async function readOne({ absolute, relative }: CorpusFile): Promise<ReadResult> {
  const ext = path.extname(relative).toLowerCase();
  const reader = READERS[ext];
  const skip = (reason: string): ReadResult => ({ articles: [], warnings: [{ file: relative, reason }] });
  if (!reader) return skip(`unsupported file type "${ext || '(none)'}" (expected ${CORPUS_EXTENSIONS.join(', ')}), skipped`);
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    return skip(`cannot be read (${errorCode(error)}), skipped`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return skip(decoded.reason);
  return reader(decoded.text, relative, path.basename(relative, path.extname(relative)));
}

/** Whitespace- and case-insensitive fingerprint: the same story saved twice is caught. */
export function textFingerprint(raw: string): string {
  const normal = raw.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return createHash('sha1').update(normal).digest('hex');
}

/** Keeps the first article of each id and of each text; warns about the others. */
function dropDuplicates(articles: RawArticle[], warnings: CorpusWarning[]): RawArticle[] {
  const byId = new Map<string, string>();
  const byText = new Map<string, string>();
  return articles.filter((article) => {
    const { file } = article.source;
    const fingerprint = textFingerprint(article.raw);
    const sameId = byId.get(article.id);
    const sameText = byText.get(fingerprint);
    if (sameId !== undefined || sameText !== undefined) {
      const reason = sameId !== undefined ? `duplicate id "${article.id}"` : 'duplicate text';
      warnings.push({ file, reason: `${reason} (already loaded from ${sameId ?? sameText}), skipped` });
      return false;
    }
    byId.set(article.id, file);
    byText.set(fingerprint, file);
    return true;
  });
}

/**
 * Loads every article under `corpusPath` (a folder, walked recursively in sorted order, or a
 * single file). One bad file or line never stops the load: it is skipped with a warning.
 * Throws CORPUS_NOT_FOUND when the path does not exist and CORPUS_EMPTY when nothing is usable.
 */
export async function loadCorpus(corpusPath: string): Promise<LoadedCorpus> {
  try {
    await stat(corpusPath);
  } catch (error) {
    throw new CitebotError('CORPUS_NOT_FOUND', `The corpus path ${corpusPath} cannot be read (${errorCode(error)}).`, {
      hint: 'Set CORPUS_PATH in .env to a folder (or file) of .md, .txt, .html or .jsonl articles; the default is ./corpus.',
      cause: error,
    });
  }
  const warnings: CorpusWarning[] = [];
  const found: RawArticle[] = [];
  for (const file of await walkCorpus(corpusPath, warnings)) {
    const result = await readOne(file);
    found.push(...result.articles);
    warnings.push(...result.warnings);
  }
  const articles = dropDuplicates(found, warnings);
  if (articles.length === 0) {
    const examples = warnings.slice(0, 3).map((w) => `${w.file}: ${w.reason}`);
    throw new CitebotError('CORPUS_EMPTY', `No usable article was found in ${corpusPath}.`, {
      hint: `Add .md, .txt, .html or .jsonl articles there, or point CORPUS_PATH at another folder.${
        examples.length > 0 ? ` Skipped: ${examples.join('; ')}` : ''
      }`,
    });
  }
  return { articles, warnings };
}
