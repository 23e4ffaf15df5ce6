import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { prepareUpload } from '../../src/index/upload.js';
import { SEED_CORPUS } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

const BODY =
  'Lima, Peru. The foreign ministers of the Lima Group met on Tuesday to discuss the crisis in the region and agreed on a joint statement.\n\n' +
  'The statement calls for new elections and asks the member states to keep up the diplomatic pressure on the government in Caracas.';
const md = (front: string) => Buffer.from(`---\n${front}---\n${BODY}\n`);

/** Expects prepareUpload to refuse with UPLOAD_REJECTED and a message matching `why`. */
async function refused(bytes: Buffer, name: string, why: RegExp, corpus = tempDir()) {
  await expect(prepareUpload(bytes, name, {}, corpus)).rejects.toMatchObject({
    code: 'UPLOAD_REJECTED',
    message: expect.stringMatching(why),
  });
}

describe('prepareUpload', () => {
  it('reads a Markdown article with front matter, cleans and chunks it, and shows title, date, first passage and count', async () => {
    const [a] = await prepareUpload(md('title: "Lima Group meets"\noutlet: "Test Wire"\npublished: "2019-04-11"\n'), 'x.md', {}, tempDir());
    expect(a).toMatchObject({ title: 'Lima Group meets', outlet: 'Test Wire', published: '2019-04-11', passageCount: 1 });
    expect(a!.firstPassage).toContain('The foreign ministers of the Lima Group met on Tuesday');
    expect(a!.fileName).toMatch(/^lima-group-meets-[0-9a-f]{8}\.md$/);
  });

  it('writes a file the corpus reads back to the same article, with the metadata given overriding the file', async () => {
    const [a] = await prepareUpload(
      md('title: "Old"\n'),
      'x.txt',
      { title: 'New: "quoted" title', published: '2020-01', url: 'https://example.org/a' },
      tempDir(),
    );
    const corpus = tempDir();
    writeFileSync(path.join(corpus, a!.fileName), a!.body);
    const [back] = (await loadCorpus(corpus)).articles;
    expect(back!.source).toMatchObject({ title: 'New: "quoted" title', published: '2020-01', url: 'https://example.org/a', outlet: null });
    expect(back!.raw).toBe(`${BODY}\n`);
  });

  it('reads HTML (the article body, not the page chrome) and each line of a JSON Lines file', async () => {
    const html = `<html><head><title>Lima talks</title></head><body><nav>Home | World</nav><article><h1>Lima talks</h1>${BODY.split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></body></html>`;
    const [h] = await prepareUpload(Buffer.from(html), 'page.html', {}, tempDir());
    expect(h!.firstPassage).toContain('The foreign ministers');
    expect(h!.body).not.toContain('Home | World');
    const jsonl = [1, 2].map((n) =>
      JSON.stringify({ id: `a${n}`, title: `Story ${n}`, source: 'Wire', date: '2021-05-0' + n, url: null, text: `${n}. ${BODY}` }),
    );
    const articles = await prepareUpload(Buffer.from(jsonl.join('\n')), 'dump.jsonl', { title: 'ignored for many' }, tempDir());
    expect(articles.map((a) => [a.title, a.published])).toEqual([
      ['Story 1', '2021-05-01'],
      ['Story 2', '2021-05-02'],
    ]);
  });

  it('refuses binary, empty, unreadable types and files with nothing left after cleaning', async () => {
    await refused(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'photo.md', /binary/);
    await refused(Buffer.alloc(0), 'empty.md', /empty/);
    await refused(Buffer.from('   \n\n  '), 'blank.txt', /empty/);
    await refused(Buffer.from('%PDF-1.4'), 'paper.pdf', /takes \.md, .*\.jsonl/);
    await refused(Buffer.from('Photo: Reuters\n\nREAD MORE: Something else entirely\n'), 'chrome.md', /left once captions|no article/);
  });

  it('refuses an article whose text is already in the corpus, naming the file', async () => {
    const corpus = tempDir();
    mkdirSync(corpus, { recursive: true });
    writeFileSync(path.join(corpus, 'have.md'), `---\ntitle: "Same"\n---\n${BODY}\n`);
    await refused(md('title: "Other title, same text"\n'), 'again.md', /already in the corpus \(have\.md\)/, corpus);
  });

  it('accepts every seed article into an empty corpus, and refuses each into the seed corpus itself', async () => {
    const { articles } = await loadCorpus(SEED_CORPUS);
    const seed = articles[0]!;
    const bytes = Buffer.from(`---\ntitle: ${JSON.stringify(seed.source.title)}\n---\n${seed.raw}`);
    expect(await prepareUpload(bytes, 'seed.md', {}, tempDir())).toHaveLength(1);
    await refused(bytes, 'seed.md', /already in the corpus/, SEED_CORPUS);
  });
});
