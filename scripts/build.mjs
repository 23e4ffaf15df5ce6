/**
 * Compiles src/ and scripts/ to dist/ with esbuild: one .js file per .ts file, not a bundle, so
 * dist/src and dist/scripts keep the source layout and paths taken from import.meta.url still
 * line up. esbuild only strips types (the tsconfig already asks for isolatedModules and
 * verbatimModuleSyntax, so that is all tsc would do); type checking stays `npm run typecheck`.
 *
 *   node scripts/build.mjs    builds now: `npm run build`, and `prepare` on npm install / npm ci
 *
 * scripts/fresh.mjs calls {@link buildIfStale} before every compiled entry point.
 * Plain JavaScript because it has to run before anything is compiled.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');
/** Holds the hash of the sources dist/ was built from; written last, so a failed build stays stale. */
const STAMP = path.join(DIST, '.sources-sha256');
const SOURCE_DIRS = ['src', 'scripts'];
/** Outside the source folders, only the tsconfig changes what esbuild emits. */
const CONFIG_FILES = ['tsconfig.json'];

/** Every file of src/ and scripts/ (relative paths, sorted), plus the build configuration. */
function inputs() {
  const files = SOURCE_DIRS.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(ROOT, path.join(e.parentPath ?? e.path, e.name))),
  );
  return [...files.sort(), ...CONFIG_FILES];
}

/**
 * Hash of the names and contents of all inputs. Contents rather than mtimes, so a checkout,
 * a copy that keeps old times, or a deleted or renamed file are all seen.
 */
export function sourcesHash(files = inputs()) {
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(ROOT, file)))
      .update('\0');
  return hash.digest('hex');
}

function readStamp() {
  try {
    return readFileSync(STAMP, 'utf8').trim();
  } catch {
    return null;
  }
}

/** Writes through a temporary file and a rename, so a process starting meanwhile never reads half a file. */
function writeAtomic(file, contents) {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, file);
}

/** Compiles every .ts file of src/ and scripts/ into dist/, removes outputs whose source is gone, and stamps dist/. */
export async function build() {
  const t0 = performance.now();
  const files = inputs();
  const hash = sourcesHash(files);
  const { build: esbuild } = await import('esbuild');
  const entryPoints = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => path.join(ROOT, f));
  const result = await esbuild({
    entryPoints,
    outdir: DIST,
    outbase: ROOT,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    write: false,
    logLevel: 'warning',
  });
  const outputs = new Set(result.outputFiles.map((f) => f.path));
  for (const f of result.outputFiles) writeAtomic(f.path, f.contents);
  for (const old of readdirSync(DIST, { recursive: true, withFileTypes: true })) {
    const file = path.join(old.parentPath ?? old.path, old.name);
    if (old.isFile() && file !== STAMP && !outputs.has(file)) rmSync(file, { force: true });
  }
  writeAtomic(STAMP, `${hash}\n`);
  return { files: entryPoints.length, ms: performance.now() - t0 };
}

/** Rebuilds dist/ if the sources changed since it was built; says so on stderr when it does. */
export async function buildIfStale() {
  if (readStamp() === sourcesHash()) return false;
  const { files, ms } = await build();
  process.stderr.write(`citebot: sources changed, recompiled ${files} files to dist/ in ${Math.round(ms)} ms\n`);
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { files, ms } = await build();
  process.stdout.write(`compiled ${files} files to dist/ in ${Math.round(ms)} ms\n`);
}
