import { fileURLToPath } from 'node:url';
import { validateQuestion } from '../answer/question.js';
import type { AnswerService, CorpusEntry, Digest } from '../answer/service.js';
import type { Answer, QuotedPassage } from '../answer/types.js';
import { answeredWith } from './answers.js';
import { loadCorpus } from '../corpus/load.js';
import type { ArticleSource } from '../corpus/types.js';

/** The repository's seed corpus (this file is src/testing/fake-answer-service.ts). */
export const SEED_CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));

interface Paragraph {
  articleId: string;
  start: number;
  end: number;
  text: string;
  terms: Set<string>;
}

/** One corpus article as the fake service sees it: `text` is the article body as loaded, unedited. */
export interface FakeArticle {
  id: string;
  text: string;
  source: ArticleSource;
}

export type FakeCall =
  | { method: 'ask'; question: string; options: { k?: number; context?: string } }
  | { method: 'digest'; topic: string; options: { since?: string; k?: number } }
  | { method: 'sources' | 'topics' };

const STOP = new Set(
  'the a an and or of to in on at for by with from about what which who whom how why when where did does do is are was were be been has have had that this these those it its his her their they he she i you we as into after before than then there said say says will would can could not no yes any some more most'.split(
    ' ',
  ),
);

export function terms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !STOP.has(w));
}

/**
 * A hand-written AnswerService for the Discord tests and the bot benchmark: crude word-overlap
 * retrieval over a real corpus (the seed corpus by default), so every quote it returns is
 * verbatim text of a corpus file. It records its calls (to assert on `context`), can be slowed
 * down, and can be told what to answer next.
 */
export class FakeAnswerService implements AnswerService {
  readonly calls: FakeCall[] = [];
  /** Milliseconds each call waits before answering, to simulate retrieval time. */
  delayMs = 0;
  readonly #queued: Answer[] = [];
  #failure: Error | undefined;

  private constructor(
    readonly articles: FakeArticle[],
    private readonly paragraphs: Paragraph[],
    private readonly idf: Map<string, number>,
  ) {}

  /**
   * Reads a corpus with the real loader (front matter gives the sources), but does not clean it:
   * the crude paragraph split below skips chrome well enough for tests.
   */
  static async load(corpusDir: string = SEED_CORPUS): Promise<FakeAnswerService> {
    const { articles: loaded } = await loadCorpus(corpusDir);
    const articles: FakeArticle[] = loaded.map((a) => ({ id: a.id, text: a.raw, source: a.source }));
    const paragraphs: Paragraph[] = [];
    for (const article of articles) {
      for (const match of article.text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g)) {
        const text = match[0].trim();
        if (text.length < 60) continue; // headlines, link titles, ", , ," debris
        const start = match.index + match[0].indexOf(text);
        paragraphs.push({ articleId: article.id, start, end: start + text.length, text, terms: new Set(terms(text)) });
      }
    }
    const df = new Map<string, number>();
    for (const p of paragraphs) for (const t of p.terms) df.set(t, (df.get(t) ?? 0) + 1);
    const idf = new Map([...df].map(([t, n]) => [t, Math.log(1 + paragraphs.length / n)]));
    return new FakeAnswerService(articles, paragraphs, idf);
  }

  /** The next `ask` returns this instead of searching (after validation). */
  respondNextWith(answer: Answer): void {
    this.#queued.push(answer);
  }

  /** The next call (any method) throws this, as the real service does for a missing index. */
  failNextWith(error: Error): void {
    this.#failure = error;
  }

  async ask(input: string, options: { k?: number; context?: string } = {}): Promise<Answer> {
    this.calls.push({ method: 'ask', question: input, options });
    await this.#wait();
    const question = validateQuestion(input);
    const queued = this.#queued.shift();
    if (queued) return queued;
    const ranked = this.#rank(options.context ? `${options.context} ${question}` : question);
    const passages = ranked.slice(0, options.k ?? 3).map((r) => this.#quote(r.paragraph, r.score));
    // Tuned on the seed corpus: off-topic questions score below 5, questions it answers above.
    const answerable = passages.length > 0 && (ranked[0]?.score ?? 0) >= 5;
    return {
      question,
      answerable,
      passages: answerable ? passages : [],
      suggestions: answerable ? [] : await this.#topics(),
      readAs: null,
      language: 'en',
      untranslated: null,
      gap: answerable ? null : 'The corpus has no passage that answers this.',
      missing: [],
      related: [],
    };
  }

  async digest(topic: string, options: { since?: string; k?: number } = {}): Promise<Digest> {
    this.calls.push({ method: 'digest', topic, options });
    await this.#wait();
    const since = options.since;
    const quotes = this.#rank(topic)
      .filter((r) => !since || (this.#article(r.paragraph.articleId).source.published ?? '') >= since)
      .slice(0, options.k ?? 6)
      .map((r) => this.#quote(r.paragraph, r.score));
    const groups = this.articles
      .filter((a) => quotes.some((q) => q.articleId === a.id))
      .sort((a, b) => (a.source.published ?? '9999').localeCompare(b.source.published ?? '9999'))
      .map((a) => ({
        articleId: a.id,
        source: a.source,
        quotes: quotes.filter((q) => q.articleId === a.id).sort((x, y) => x.start - y.start),
      }));
    return { topic, groups };
  }

  async sources(): Promise<CorpusEntry[]> {
    this.calls.push({ method: 'sources' });
    await this.#wait();
    return [...this.articles]
      .sort((a, b) => (a.source.published ?? '9999').localeCompare(b.source.published ?? '9999'))
      .map((a) => ({ articleId: a.id, source: a.source }));
  }

  async topics(): Promise<string[]> {
    this.calls.push({ method: 'topics' });
    return this.#topics();
  }

  /** An answer quoting whole articles: far longer than one Discord message. */
  wholeArticleAnswer(question: string, count = 3): Answer {
    const passages = [...this.articles]
      .sort((a, b) => b.text.length - a.text.length)
      .slice(0, count)
      .map((a, i): QuotedPassage => ({
        quote: a.text,
        score: 1 - i / 10,
        source: a.source,
        articleId: a.id,
        passageId: `${a.id}#all`,
        start: 0,
        end: a.text.length,
        gaps: [],
      }));
    return answeredWith(passages, question);
  }

  /** Every ask call's options, in order (to assert on `context`). */
  askCalls(): { question: string; options: { k?: number; context?: string } }[] {
    return this.calls.flatMap((c) => (c.method === 'ask' ? [{ question: c.question, options: c.options }] : []));
  }

  #rank(query: string): { paragraph: Paragraph; score: number }[] {
    const wanted = new Set(terms(query));
    return this.paragraphs
      .map((paragraph) => ({
        paragraph,
        score: [...wanted].reduce((s, t) => s + (paragraph.terms.has(t) ? (this.idf.get(t) ?? 0) : 0), 0),
      }))
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score);
  }

  #quote(p: Paragraph, score: number): QuotedPassage {
    const article = this.#article(p.articleId);
    return {
      quote: article.text.slice(p.start, p.end),
      score,
      source: article.source,
      articleId: article.id,
      passageId: `${article.id}#${p.start}`,
      start: p.start,
      end: p.end,
      gaps: [],
    };
  }

  #article(id: string): FakeArticle {
    return this.articles.find((a) => a.id === id)!;
  }

  async #topics(): Promise<string[]> {
    return [
      'Venezuela',
      'Organization of American States (OAS)',
      'Lima Group',
      'Nicolás Maduro',
      'Juan Guaidó',
      'Mexico and Venezuela',
      'Mike Pompeo’s Latin America tour',
      'Caricom',
      'Humanitarian visas for Venezuelans',
      'Peru',
    ];
  }

  async #wait(): Promise<void> {
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const failure = this.#failure;
    this.#failure = undefined;
    if (failure) throw failure;
  }
}
