/**
 * Entry of the benchmark's Postgres process: starts the test engine (PGlite with pgvector and
 * pg_textsearch over pglite-socket, src/testing/postgres-engine.ts), prints its URL on stdout
 * and serves until SIGTERM. A process of its own, so that the engine's work (WebAssembly, run on
 * the thread that calls it) never holds up the stand-in or the timer of the process measuring.
 */
import { startTestPostgres } from '../testing/postgres-engine.js';

const engine = await startTestPostgres();
process.stdout.write(`${engine.url}\n`);
process.once('SIGTERM', () => {
  void engine.close().finally(() => process.exit(0));
});
setInterval(() => {}, 1 << 30);
