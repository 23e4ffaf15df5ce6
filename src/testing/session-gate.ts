import net from 'node:net';

/**
 * A TCP gate in front of pglite-socket that lets one client at a time talk to the engine, from
 * its first byte until the engine says it is idle again (ReadyForQuery with status 'I').
 * pglite-socket queues protocol messages, not sessions: one PGlite backend serves every
 * connection, so a large statement arriving in several TCP reads could have another
 * connection's Parse run between its own Parse and Bind ("bind message supplies 8 parameters,
 * but prepared statement requires 2"), and a transaction on one connection would take in the
 * statements of another. Behind the gate each transaction runs whole, as on a real server.
 */
export interface SessionGate {
  readonly port: number;
  /** Stops listening and cuts every client connection. */
  close(): Promise<void>;
}

const READY_FOR_QUERY = 0x5a;
const IDLE = 0x49;

export async function openSessionGate(upstreamPort: number, port = 0): Promise<SessionGate> {
  type Conn = { client: net.Socket; upstream: net.Socket; pending: Buffer[]; reply: Buffer };
  const conns = new Set<Conn>();
  const queue: Conn[] = [];
  let owner: Conn | null = null;

  const pump = () => {
    if (owner !== null) return;
    owner = queue.shift() ?? null;
    if (owner) for (const chunk of owner.pending.splice(0)) owner.upstream.write(chunk);
  };
  const release = (conn: Conn) => {
    if (owner === conn) owner = null;
    pump();
  };
  const drop = (conn: Conn) => {
    conns.delete(conn);
    const at = queue.indexOf(conn);
    if (at >= 0) queue.splice(at, 1);
    conn.client.destroy();
    conn.upstream.destroy();
    release(conn);
  };

  const server = net.createServer((client) => {
    const conn: Conn = { client, upstream: net.connect(upstreamPort, '127.0.0.1'), pending: [], reply: Buffer.alloc(0) };
    conns.add(conn);
    client.on('data', (chunk: Buffer) => {
      if (owner === conn) return void conn.upstream.write(chunk);
      conn.pending.push(chunk);
      if (!queue.includes(conn)) queue.push(conn);
      pump();
    });
    conn.upstream.on('data', (chunk: Buffer) => {
      client.write(chunk);
      // Frame the engine's replies (type byte, int32 length) to see each ReadyForQuery.
      conn.reply = Buffer.concat([conn.reply, chunk]);
      while (conn.reply.length >= 5 && conn.reply.length >= 1 + conn.reply.readInt32BE(1)) {
        const length = 1 + conn.reply.readInt32BE(1);
        const idle = conn.reply[0] === READY_FOR_QUERY && conn.reply[5] === IDLE;
        conn.reply = conn.reply.subarray(length);
        if (idle && conn.pending.length === 0 && conn.reply.length === 0) release(conn);
      }
    });
    for (const socket of [client, conn.upstream]) {
      socket.on('close', () => drop(conn));
      socket.on('error', () => drop(conn));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as net.AddressInfo).port,
    close: async () => {
      for (const conn of [...conns]) drop(conn);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
