/** The report's section on citebot against its LangChain.js peer, with its chart. Pure. */
import { barChart } from './bar-chart.js';
import type { PeerCorpusResult, PeerSection, PeerSideResult } from './side-types.js';
import { comparedMeasures, pct, winner } from './peer-compare.js';
import { fmt, ratio } from './stats.js';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

function corpusTable(e: PeerCorpusResult, c: PeerSideResult, p: PeerSideResult): string[] {
  const lines = [row(['measure', 'citebot', 'LangChain peer', 'citebot ÷ peer', 'better']), row(['---', '---', '---', '---', '---'])];
  for (const m of comparedMeasures(c, p)) {
    const w = winner(m);
    lines.push(
      row([
        m.measure,
        m.show(m.citebot),
        m.show(m.peer),
        Number.isFinite(ratio(m.citebot, m.peer)) ? `${fmt(ratio(m.citebot, m.peer))}×` : '–',
        w === 'peer' ? '**peer**' : w,
      ]),
    );
  }
  const refused = (s: PeerSideResult, key: 'unanswerableRefused' | 'answerableRefused') => s.sets.reduce((n, x) => n + x[key], 0);
  const unanswerable = c.sets.reduce((n, x) => n + x.unanswerable, 0);
  lines.push(
    row([
      `unanswerable questions refused (${unanswerable}; the peer never refuses)`,
      `${refused(c, 'unanswerableRefused')} / ${unanswerable}`,
      `0 / ${unanswerable}`,
      '–',
      'citebot',
    ]),
  );
  lines.push(
    row([
      `answerable questions refused (counted as misses above)`,
      `${refused(c, 'answerableRefused')} / ${c.overall.n}`,
      `0 / ${p.overall.n}`,
      '–',
      refused(c, 'answerableRefused') > 0 ? '**peer**' : 'tie',
    ]),
  );
  lines.push(
    row([
      'mean characters per returned text',
      fmt(c.meanChars),
      fmt(p.meanChars),
      `${fmt(ratio(c.meanChars, p.meanChars))}×`,
      'shorter quotes are easier to read; longer chunks hold evidence more often',
    ]),
  );
  lines.push(row(['units indexed', `${c.units} passages`, `${p.units} chunks`, '–', '–']));
  return [`### ${e.corpus}: ${c.articles.toLocaleString('en-US')} articles after de-duplication`, '', ...lines, ''];
}

function setsTable(c: PeerSideResult, p: PeerSideResult): string[] {
  const lines = [
    row([
      'question set',
      'answerable',
      'citebot hit@1 / hit@5 / MRR',
      'peer hit@1 / hit@5 / MRR',
      'unanswerable refused by citebot (peer: none)',
    ]),
    row(['---', '---', '---', '---', '---']),
  ];
  c.sets.forEach((s, i) => {
    const q = p.sets[i]!;
    const three = (x: typeof s) => (x.answerable === 0 ? '–' : `${pct(x.hit1)} / ${pct(x.hit5)} / ${fmt(x.mrr)}`);
    lines.push(
      row([s.set, String(s.answerable), three(s), three(q), s.unanswerable === 0 ? '–' : `${s.unanswerableRefused} / ${s.unanswerable}`]),
    );
  });
  return [...lines, ''];
}

export function renderPeer(
  section: PeerSection | null | undefined,
  chartFile: string,
): { markdown: string[]; charts: Record<string, string> } {
  const md = ['## 6. citebot against a LangChain.js peer', ''];
  if (!section) return { markdown: [...md, 'Not run in this result (`--only=peer`).', ''], charts: {} };
  md.push(
    "The peer is what the LangChain.js documentation shows for hybrid retrieval: `RecursiveCharacterTextSplitter` with its defaults (1,000 characters, 200 overlap) over the raw corpus files (a JSON Lines record: its text), `HNSWLib.fromDocuments` over **the same USE-Lite vectors** (the project's embedder wrapped as a LangChain `Embeddings`), `BM25Retriever` (k 5) and an `EnsembleRetriever` with equal weights; its answer is its top 5 chunks. citebot answers through its own service (`ask`, k 5). Both are scored by the same evidence matcher on the project's question sets, and each side runs in its own process.",
    '',
    "A returned text is *not verbatim* when, up to whitespace, some part of it (citebot: each part between marked gaps) is not in the corpus file; it *holds chrome* when one of its lines is not in the article text as citebot's cleaner keeps it (front matter, menus, share lines, captions, cross-links).",
    '',
  );
  const groups = [];
  const wins: string[] = [];
  for (const e of section.corpora) {
    if (!e.citebot || !e.langchain) {
      md.push(`### ${e.corpus}`, '', `**Not measured**: ${e.errors.join('; ') || 'a side did not run'}.`, '');
      continue;
    }
    md.push(...corpusTable(e, e.citebot, e.langchain), ...setsTable(e.citebot, e.langchain));
    for (const m of comparedMeasures(e.citebot, e.langchain))
      if (winner(m) === 'peer') wins.push(`${m.measure} on ${e.corpus}: ${m.show(m.peer)} against citebot's ${m.show(m.citebot)}`);
    const chromeFree = (s: PeerSideResult) => 1 - ratio(s.withChrome, s.returned);
    for (const [name, get] of [
      ['hit@1', (s: PeerSideResult) => s.overall.hit1],
      ['hit@5', (s: PeerSideResult) => s.overall.hit5],
      ['MRR', (s: PeerSideResult) => s.overall.mrr],
      ['chrome-free texts', chromeFree],
    ] as const) {
      groups.push({ name: `${name}, ${e.corpus}`, values: [get(e.citebot), get(e.langchain)] });
    }
  }
  md.push('**Where the peer wins:**', '');
  md.push(...(wins.length ? wins.map((w) => `- ${w}`) : ['- nothing measured here.']), '');
  md.push(`![quality](${chartFile})`, '');
  // What every run of this comparison has in common; the run's own notes follow.
  const standing = [
    "citebot's cold build covers reading, cleaning, chunking, embedding, the HNSW graph and BM25, and writing its index to disk; the peer's covers reading, splitting, embedding, HNSWLib and BM25Retriever, in memory only (nothing written). citebot embeds more and shorter units (units indexed), which is most of its build time.",
    "The peer's chunks are longer than citebot's quotes (mean characters per returned text): a longer text holds an evidence phrase more often, which favours the peer's hit rates.",
  ];
  for (const n of [...standing, ...section.notes]) md.push(`- ${n}`);
  md.push(`- Load average (1 min) ${fmt(section.load.before, 2)} before, ${fmt(section.load.after, 2)} after this section.`, '');
  const charts = groups.length
    ? {
        [chartFile]: barChart({
          title: 'citebot and the LangChain.js peer: answer quality',
          valueLabel: 'rate from 0 to 1 (chrome-free: share of returned texts)',
          series: ['citebot', 'LangChain peer'],
          groups,
        }),
      }
    : {};
  return { markdown: md, charts };
}
