/**
 * Seeds the project corpus from a scraped folder: for every entry of `metadata.json`, writes
 * `<dest>/<file>` as YAML front matter followed by the scraped text byte for byte. Cleaning is
 * the build's job, so the body is never edited here.
 *
 *   npx tsx scripts/import-corpus.ts SOURCE_DIR [DEST_DIR]   (DEST_DIR defaults to corpus)
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../src/cli/run.js';
import { CitebotError } from '../src/errors.js';

interface MetadataEntry {
  file: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

/** "teleSUR English (inferred from its cross-links; ...)" → "teleSUR English": notes are not names. */
export function cleanOutlet(outlet: string | null): string | null {
  if (outlet === null) return null;
  const clean = outlet.replace(/\s*\([^()]*\)\s*$/u, '').trim();
  return clean === '' ? null : clean;
}

/**
 * YAML front matter. Values are written as JSON strings, which YAML reads back as the same
 * strings: quoting also keeps a date like "2019-07-04" a string rather than a YAML timestamp.
 */
export function frontMatter(entry: MetadataEntry): string {
  const fields: [string, string | null][] = [
    ['title', entry.title],
    ['outlet', cleanOutlet(entry.outlet)],
    ['published', entry.published],
    ['url', entry.url],
  ];
  // A missing title is left out, so the loader derives one from the text.
  const lines = fields
    .filter(([key, value]) => key !== 'title' || value !== null)
    .map(([key, value]) => `${key}: ${value === null ? 'null' : JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

async function main(): Promise<number | void> {
  const [sourceDir, destDir = 'corpus'] = process.argv.slice(2);
  if (!sourceDir) {
    // No default: the scraped source is not part of the repository, so it must be named.
    console.error(
      'usage: npx tsx scripts/import-corpus.ts SOURCE_DIR [DEST_DIR]\n  SOURCE_DIR holds the scraped files and their metadata.json; DEST_DIR defaults to corpus',
    );
    return 2;
  }
  const metadataFile = path.join(sourceDir, 'metadata.json');
  const text = await readFile(metadataFile, 'utf8').catch((cause: unknown) => {
    throw new CitebotError('CORPUS_NOT_FOUND', `Cannot read ${metadataFile}.`, {
      hint: 'Pass the scraped folder that holds metadata.json.',
      cause,
    });
  });
  const metadata = JSON.parse(text) as {
    articles: MetadataEntry[];
  };
  await mkdir(destDir, { recursive: true });
  for (const entry of metadata.articles) {
    // Bytes, not a decoded string: the body must reach the corpus file unchanged.
    const body = await readFile(path.join(sourceDir, entry.file));
    const target = path.join(destDir, path.basename(entry.file));
    await writeFile(target, Buffer.concat([Buffer.from(frontMatter(entry), 'utf8'), body]));
    console.log(`wrote ${target}`);
  }
}

// Run only when invoked as a script, so tests can import the helpers.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) runCli(main);
