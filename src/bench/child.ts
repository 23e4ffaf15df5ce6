/** Entry of a benchmark child process: `child.ts <task> <params.json> <out.json>` (see paths.ts runChild). */
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from '../cli/run.js';

// TensorFlow.js and onnxruntime can keep handles open; once the result is written, leave.
runCli(
  async () => {
    const [task, input, output] = process.argv.slice(2);
    if (!task || !input || !output) {
      process.stderr.write('usage: child.ts <embed|ann|peer|minilm|model-load> <params.json> <out.json>\n');
      return 2;
    }
    const params: unknown = JSON.parse(readFileSync(input, 'utf8'));
    let result: unknown;
    if (task === 'embed') {
      const { runEmbedBench } = await import('./embed-bench.js');
      result = await runEmbedBench(params as import('./embed-bench.js').EmbedParams);
    } else if (task === 'ann') {
      const { runAnnSize } = await import('./ann-bench.js');
      result = await runAnnSize(params as import('./ann-bench.js').AnnParams);
    } else if (task === 'peer') {
      const { runPeerSide } = await import('./peer-bench.js');
      result = await runPeerSide(params as import('./peer-bench.js').PeerSideParams);
    } else if (task === 'minilm') {
      const { runMinilm } = await import('./minilm-bench.js');
      result = await runMinilm(params as import('./minilm-bench.js').MinilmParams);
    } else if (task === 'model-load') {
      const { runModelLoad } = await import('./cold-start.js');
      result = await runModelLoad();
    } else {
      process.stderr.write(`unknown bench task ${task}\n`);
      return 2;
    }
    writeFileSync(output, JSON.stringify(result));
  },
  { forceExit: true },
);
