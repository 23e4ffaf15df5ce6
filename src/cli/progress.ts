import cliProgress from 'cli-progress';

/**
 * Embedding progress on stderr: a bar on a terminal, a line every 10% otherwise (CI logs),
 * so stdout keeps only the answer.
 */
export function embeddingProgress(): { update: (done: number, total: number) => void; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: 'embedding passages [{bar}] {value}/{total} ({eta_formatted} left)', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total) {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastDecile = -1;
  return {
    update(done, total) {
      const decile = Math.floor((done / total) * 10);
      if (decile !== lastDecile) process.stderr.write(`embedding passages: ${done}/${total}\n`);
      lastDecile = decile;
    },
    stop: () => undefined,
  };
}
