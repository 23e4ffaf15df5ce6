import { z } from 'zod';
import { EMBEDDER_BACKENDS, type EmbedderChoice, type EmbedderInfo } from '../embed/types.js';
import { CitebotError } from '../errors.js';

// 2: packed vectors beside the HNSW graph. 3: articles keep the gaps cleaning left between
// paragraphs, which quotes need to mark. 4: graph labels are stable across builds (the passage
// store holds each passage's slot), so an older citebot, which takes labels for positions, must
// refuse it. Format 3 is still read (its slots are the positions); older builds are refused with
// a rebuild hint.
export const MANIFEST_VERSION = 4;
const READABLE_VERSIONS = [3, MANIFEST_VERSION] as const;

const manifestSchema = z.object({
  formatVersion: z.union([z.literal(READABLE_VERSIONS[0]), z.literal(READABLE_VERSIONS[1])]),
  buildId: z.string(),
  builtAt: z.string(),
  embedder: z.object({ backend: z.enum(EMBEDDER_BACKENDS), modelId: z.string(), dimensions: z.number().int().positive() }),
  chunker: z.object({ maxChars: z.number(), minChars: z.number(), overlapSentences: z.number() }),
  hnsw: z.object({ m: z.number().int(), efConstruction: z.number().int(), efSearch: z.number().int() }),
  corpusHash: z.string(),
  counts: z.object({ articles: z.number().int(), passages: z.number().int() }),
  /**
   * sha256, byte size and modification time (ns) of every file of the build, so a truncated or
   * altered file is caught on load (see verify.ts for which is checked when).
   */
  files: z.record(z.string(), z.object({ sha256: z.string(), bytes: z.number().int(), mtimeNs: z.string().optional() })),
});

/** Everything a reader needs to trust an index: which model, which chunking, which corpus. */
export type Manifest = z.infer<typeof manifestSchema>;

/** Parses manifest JSON text; anything malformed is INDEX_CORRUPT. */
export function parseManifest(text: string, where: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw corrupt(where, 'its manifest is not valid JSON', cause);
  }
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && !(READABLE_VERSIONS as readonly number[]).includes(version)) {
    throw corrupt(where, `it is in index format ${version}, and this version of citebot reads formats ${READABLE_VERSIONS.join(' and ')}`);
  }
  const result = manifestSchema.safeParse(json);
  if (!result.success) throw corrupt(where, `its manifest is malformed (${result.error.issues[0]?.path.join('.')})`);
  return result.data;
}

export function corrupt(where: string, why: string, cause?: unknown): CitebotError {
  return new CitebotError('INDEX_CORRUPT', `The index at ${where} cannot be read: ${why}.`, {
    hint: 'Rebuild it with `npm run index` (the corpus is untouched).',
    cause,
  });
}

/**
 * Refuses an index whose model differs from the one configured. `auto` accepts whichever model
 * the index was built with, since queries are then embedded with that same model.
 */
export function checkEmbedderMatches(manifest: Manifest, wanted: EmbedderChoice, wantedModel: string): void {
  const built: EmbedderInfo = manifest.embedder;
  const mismatch =
    (wanted === 'use-lite' && built.backend !== 'use-lite') ||
    (wanted === 'transformers' && (built.backend !== 'transformers' || built.modelId !== wantedModel));
  if (!mismatch) return;
  const want = wanted === 'transformers' ? `transformers (${wantedModel})` : wanted;
  throw new CitebotError(
    'INDEX_MODEL_MISMATCH',
    `The index was built with ${built.backend} (${built.modelId}, ${built.dimensions} dimensions) but EMBEDDER asks for ${want}.`,
    { hint: `Run \`npm run index -- --rebuild\` to rebuild it with ${want}${useAsIs(built, wanted)}.` },
  );
}

/**
 * The setting that would use the index as built, named by what actually differs: the backend
 * (EMBEDDER) or, with the same backend, the model (TRANSFORMERS_MODEL). Nothing is suggested for
 * a model this build cannot load (test doubles record a model id no configuration can name).
 */
function useAsIs(built: EmbedderInfo, wanted: EmbedderChoice): string {
  if (built.backend === 'use-lite') return ', or set EMBEDDER=use-lite to use it as it is';
  if (!LOADABLE_MODEL.test(built.modelId)) return '';
  const model = `TRANSFORMERS_MODEL=${built.modelId}`;
  return wanted === 'transformers'
    ? `, or set ${model} to use it as it is`
    : `, or set EMBEDDER=transformers and ${model} to use it as it is`;
}

/** A Hugging Face model id ("Xenova/all-MiniLM-L6-v2"): what TRANSFORMERS_MODEL can name. */
const LOADABLE_MODEL = /^[\w.-]+\/[\w.-]+$/u;
