import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { openSessionGate, type SessionGate } from './session-gate.js';

/**
 * A real PostgreSQL engine for tests and benchmarks: PGlite (PostgreSQL compiled to WASM) with
 * pgvector, and pg_textsearch unless told otherwise, served on 127.0.0.1 by pglite-socket, so
 * citebot connects with `pg` exactly as it does in production. Nothing to install or start.
 * PGlite runs one query at a time for every connection; a gate in front of the socket server
 * (session-gate.ts) lets each connection's transaction through whole, as a real server would.
 */
export interface TestPostgres {
  /** postgres:// URL to put in DATABASE_URL. */
  readonly url: string;
  /** Stops serving (open connections are cut), keeping the data: the database "goes away". */
  stop(): Promise<void>;
  /** Serves the same data on the same port again. */
  restart(): Promise<void>;
  /** Stops serving and closes the engine. */
  close(): Promise<void>;
}

/** The PGlite packages are development dependencies: true when they are installed. */
export async function testPostgresAvailable(): Promise<boolean> {
  try {
    await Promise.all([
      import('@electric-sql/pglite'),
      import('@electric-sql/pglite-pgvector'),
      import('@electric-sql/pglite-pg_textsearch'),
      import('@electric-sql/pglite-socket'),
    ]);
    return true;
  } catch {
    return false;
  }
}

/** Starts an engine on a free port. `bm25: false` leaves pg_textsearch out, as on a server without it. */
export async function startTestPostgres(options: { bm25?: boolean } = {}): Promise<TestPostgres> {
  const [{ PGlite }, { vector }, { pg_textsearch }, { PGLiteSocketServer }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite-pgvector'),
    import('@electric-sql/pglite-pg_textsearch'),
    import('@electric-sql/pglite-socket'),
  ]);
  const db: PGlite = await PGlite.create({ extensions: options.bm25 === false ? { vector } : { vector, pg_textsearch } });
  const inner: PGLiteSocketServer = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 64 });
  await inner.start();
  const innerPort = Number(inner.getServerConn().split(':').pop());
  // Clients connect to the gate; stopping it is the database going away (the engine keeps its data).
  let gate: SessionGate | null = await openSessionGate(innerPort);
  const port = gate.port;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await gate?.close();
      gate = null;
    },
    restart: async () => {
      gate ??= await openSessionGate(innerPort, port);
    },
    close: async () => {
      await gate?.close();
      gate = null;
      await inner.stop();
      await db.close();
    },
  };
}
