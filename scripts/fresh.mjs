/**
 * Preloaded by the npm scripts ahead of a compiled entry point
 * (`node --import ./scripts/fresh.mjs dist/scripts/ask.js`): when src/ or scripts/ changed since
 * dist/ was built, it recompiles first, so an edit is never run stale. Preloading runs before the
 * entry point's imports are loaded, in the same process; with nothing changed it only hashes the
 * sources (a few milliseconds), far less than starting another process or `tsc --build` would.
 */
import { buildIfStale } from './build.mjs';

await buildIfStale();
