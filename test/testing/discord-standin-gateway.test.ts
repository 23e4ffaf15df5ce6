import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { GatewayOpcodes, startStandin, type DiscordStandin } from '../../src/testing/discord-standin/index.js';

let standin: DiscordStandin;
beforeAll(async () => {
  standin = await startStandin();
});
afterAll(() => standin.close());

/** Opens a raw gateway socket, waits for HELLO, sends `frame`, and returns the first reply or the close code. */
async function sendAfterHello(frame: unknown): Promise<{ op?: number; code?: number }> {
  const socket = new WebSocket(standin.gatewayUrl);
  return new Promise((resolve, reject) => {
    socket.on('error', reject);
    socket.on('close', (code) => resolve({ code }));
    socket.on('message', (data) => {
      const { op } = JSON.parse(String(data)) as { op: number };
      if (op === GatewayOpcodes.Hello) return socket.send(JSON.stringify(frame));
      socket.close();
      resolve({ op });
    });
  });
}

describe('the stand-in gateway (strict where Discord is)', () => {
  it('acknowledges a heartbeat carrying the last sequence number, or null before any', async () => {
    expect(await sendAfterHello({ op: GatewayOpcodes.Heartbeat, d: null })).toEqual({ op: GatewayOpcodes.HeartbeatAck });
    expect(await sendAfterHello({ op: GatewayOpcodes.Heartbeat, d: 3 })).toEqual({ op: GatewayOpcodes.HeartbeatAck });
  });

  it('closes with 4002 (decode error) on a heartbeat carrying anything else', async () => {
    expect(await sendAfterHello({ op: GatewayOpcodes.Heartbeat, d: 'three' })).toEqual({ code: 4002 });
    expect(await sendAfterHello({ op: GatewayOpcodes.Heartbeat, d: -1 })).toEqual({ code: 4002 });
  });
});
