import os from 'node:os';
import type { LoadNote, MachineInfo } from './types.js';

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    totalMemoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.arch()}`,
    release: os.release(),
  };
}

/** Measures a section: its duration and the 1-minute load average before and after. */
export async function timed<T>(run: () => Promise<T>): Promise<{ value: T; load: LoadNote; durationMs: number }> {
  const before = os.loadavg()[0]!;
  const start = performance.now();
  const value = await run();
  return { value, load: { before, after: os.loadavg()[0]! }, durationMs: performance.now() - start };
}

export const rssMiB = () => process.memoryUsage().rss / 2 ** 20;

/** Runs a full GC when the process was started with --expose-gc. */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  gc();
  gc();
  return true;
}
