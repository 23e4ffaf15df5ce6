import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cleanArticle } from '../corpus/clean.js';
import { CORPUS_EXTENSIONS, loadCorpus, textFingerprint } from '../corpus/load.js';
import type { RawArticle } from '../corpus/types.js';
import { CitebotError } from '../errors.js';
import { chunkArticleCounted } from '../text/chunk.js';

/** Metadata given with an upload; each field replaces what the file says. */
export interface UploadMeta {
  title?: string | undefined;
  outlet?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
}

/** One article of an upload, cleaned and chunked as the build will, ready to be shown back and written. */
export interface PreparedArticle {
  id: string;
  /** Name of the `.md` file it is written to in the corpus folder. */
  fileName: string;
  /** The file: YAML front matter, then the article body exactly as read. */
  body: string;
  title: string;
  outlet: string | null;
  published: string | null;
  firstPassage: string;
  passageCount: number;
}

const reject = (message: string, hint?: string) => new CitebotError('UPLOAD_REJECTED', message, hint ? { hint } : {});

/** A file-name-safe id from the title, with a hash of the text so two articles never share one. */
function articleId(article: RawArticle): string {
  const slug = article.source.title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return `${slug || 'article'}-${createHash('sha256').update(article.raw).digest('hex').slice(0, 8)}`;
}

/** Front matter values are written as JSON strings, which YAML reads back verbatim (no date or number coercion). */
function frontMatter(article: RawArticle): string {
  const { title, outlet, published, url } = article.source;
  const line = (key: string, value: string | null) => (value === null ? '' : `${key}: ${JSON.stringify(value)}\n`);
  return `---\n${line('title', title)}${line('outlet', outlet)}${line('published', published)}${line('url', url)}---\n`;
}

/**
 * Reads an uploaded file with the corpus readers (by its extension), applies the metadata given,
 * and cleans and chunks each article as the build will. Refuses, with UPLOAD_REJECTED and the
 * reason, a file type the build does not read, a binary or empty file, a file with nothing left
 * after cleaning, and an article already in `corpusDir` (same text, or same id).
 */
export async function prepareUpload(bytes: Buffer, fileName: string, meta: UploadMeta, corpusDir: string): Promise<PreparedArticle[]> {
  const ext = path.extname(fileName).toLowerCase();
  if (!CORPUS_EXTENSIONS.includes(ext)) {
    throw reject(`I can't read "${path.basename(fileName)}": the corpus takes ${CORPUS_EXTENSIONS.join(', ')} files.`);
  }
  if (bytes.length === 0) throw reject(`"${path.basename(fileName)}" is empty.`);
  const staging = await mkdtemp(path.join(os.tmpdir(), 'citebot-upload-'));
  let found: RawArticle[];
  try {
    await writeFile(path.join(staging, `upload${ext}`), bytes);
    found = (await loadCorpus(staging)).articles;
  } catch (error) {
    if (!(error instanceof CitebotError) || error.code !== 'CORPUS_EMPTY') throw error;
    const why = /Skipped: [^:]+: (.*)$/.exec(error.hint ?? '')?.[1] ?? 'nothing in it is article text';
    throw reject(`"${path.basename(fileName)}" holds no article I can use: ${why.replace(/, skipped$/, '')}.`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  const single = found.length === 1;
  const existing = await existingArticles(corpusDir);
  return found.map((raw) => {
    const source = { ...raw.source };
    if (single) {
      if (meta.title) source.title = meta.title;
      if (meta.outlet) source.outlet = meta.outlet;
      if (meta.published) source.published = meta.published;
      if (meta.url) source.url = meta.url;
    }
    const article = { ...raw, source };
    const id = articleId(article);
    const twin = existing.byText.get(textFingerprint(raw.raw)) ?? existing.byId.get(id);
    if (twin !== undefined) throw reject(`"${source.title}" is already in the corpus (${twin}).`, 'Nothing was changed.');
    const cleaned = cleanArticle({ ...article, id, source: { ...source, file: `${id}.md` } });
    if (cleaned.text.trim() === '') throw reject(`Nothing of "${source.title}" is left once captions, links and widgets are removed.`);
    const { passages } = chunkArticleCounted(id, cleaned.text);
    return {
      id,
      fileName: `${id}.md`,
      body: `${frontMatter(article)}${raw.raw}`,
      title: source.title,
      outlet: source.outlet,
      published: source.published,
      firstPassage: passages[0]?.text ?? '',
      passageCount: passages.length,
    };
  });
}

/** The corpus's articles by text fingerprint and by id, each naming its file. */
async function existingArticles(corpusDir: string): Promise<{ byText: Map<string, string>; byId: Map<string, string> }> {
  const byText = new Map<string, string>();
  const byId = new Map<string, string>();
  try {
    for (const a of (await loadCorpus(corpusDir)).articles) {
      byText.set(textFingerprint(a.raw), a.source.file);
      byId.set(a.id, a.source.file);
    }
  } catch (error) {
    if (!(error instanceof CitebotError)) throw error; // An empty or missing corpus holds no duplicate.
  }
  return { byText, byId };
}
