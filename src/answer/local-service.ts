import type { Embedder } from '../embed/types.js';
import type { ServedIndex } from '../index/search-backend.js';
import type { Logger } from '../logger.js';
import type { AbstainModel } from '../retrieval/abstain.js';
import { ABSTAIN_MODEL } from '../retrieval/abstain-model.js';
import { RANKER_MODEL } from '../retrieval/ranker-model.js';
import type { RankerModel } from '../retrieval/rerank.js';
import { DEFAULT_RETRIEVAL, type RetrievalSettings } from '../retrieval/retriever.js';
import { foldWord } from '../retrieval/surface-words.js';
import { tokenize } from '../text/tokenize.js';
import { analyse, type AnalyseOptions, type Analysis } from './analyse.js';
import { sentenceBonus } from './sentence-bonus.js';
import { addedShare } from './other-part.js';
import { composeAnswer } from './compose.js';
import { phrasesFor } from './phrases.js';
import type { IndexLookups } from './lookups.js';
import { validateQuestion } from './question.js';
import { withoutControls } from '../text/visible.js';
import { readQuestion, searchedAsTyped, type TranslatorChoice } from './reading.js';
import { withQuoteTranslations } from './translation/quotes.js';
import type { AnswerService, AskOptions, CorpusEntry, Digest } from './service.js';
import type { Answer } from './types.js';

export type { Analysis } from './analyse.js';

/** The index in service, what was derived from it once, and the embedder of its model. */
export interface CurrentIndex {
  index: ServedIndex;
  lookups: IndexLookups;
  embedder: Embedder;
}

/** Supplies the current index; may swap in a rebuilt one between calls. */
export interface IndexProvider {
  current(): Promise<CurrentIndex>;
}

/** Options of the local service; defaults are the measured best (see README, Retrieval). */
export interface LocalServiceOptions {
  retrieval?: Partial<RetrievalSettings>;
  abstain?: AbstainModel;
  ranker?: RankerModel;
  /** The translation engine for questions not in English, made on first need; none by default. */
  translator?: () => Promise<TranslatorChoice>;
  logger?: Logger;
}

const NO_TRANSLATOR: TranslatorChoice = { translator: null, missing: 'no translation engine is configured' };

/** Answers from a local index: the one implementation every front end uses. */
export class LocalAnswerService implements AnswerService {
  private readonly retrieval: RetrievalSettings;
  private readonly abstain: AbstainModel;
  private readonly ranker: RankerModel;
  private translator: Promise<TranslatorChoice> | undefined;

  constructor(
    private readonly provider: IndexProvider,
    options: LocalServiceOptions = {},
  ) {
    this.retrieval = { ...DEFAULT_RETRIEVAL, ...options.retrieval };
    this.abstain = options.abstain ?? ABSTAIN_MODEL;
    this.ranker = options.ranker ?? RANKER_MODEL;
    this.makeTranslator = options.translator ?? (() => Promise.resolve(NO_TRANSLATOR));
    this.logger = options.logger;
  }

  private readonly makeTranslator: () => Promise<TranslatorChoice>;
  private readonly logger: Logger | undefined;

  async ask(input: string, options: AskOptions = {}): Promise<Answer> {
    const question = validateQuestion(input);
    // Read as a reader sees it: escape codes and invisible characters are no words. The answer echoes the question as typed.
    const text = validateQuestion(withoutControls(question));
    // A follow-up ("and what did Peru do?") is searched together with the question it follows.
    const context = options.context ? validateQuestion(withoutControls(options.context), 'earlier question') : undefined;
    const { lookups } = await this.provider.current();
    this.translator ??= this.makeTranslator();
    const read = await readQuestion(text, {
      locale: options.locale,
      translator: await this.translator,
      words: lookups.terms.vocabulary.words,
      documentShare: lookups.terms.documentShare,
      logger: this.logger,
    });
    // Abstention and the key-term checks judge the English reading, as for an English question.
    const searched = read.english ?? (read.language === 'en' ? text : searchedAsTyped(text, read.language));
    const a = await this.analyse(searched, options.k, context, {
      alsoSearch: read.alsoSearch,
      language: read.language,
      ...(read.english === null ? {} : { original: text }),
    });
    // Case and accents alone ("guaidó" searched as "Guaido") are not worth a "Read as" line.
    const changed = foldWord(a.reading.searchText) !== foldWord(text);
    // A question no engine translated is searched as typed, where its names still match, but it
    // is not read: English rules find no need in it and would name its own words as missing
    // ("never mentions Qué Pasó"). What it finds is shown as related, never as the answer.
    const unread = read.untranslated !== null;
    const readAs = !unread && (read.english !== null || changed) ? a.reading.searchText : null;
    const answer = composeAnswer({
      question,
      retrieved: a.retrieved,
      articles: a.lookups.articles,
      // The terms searched beside the question's own (another form of a verb, a stance's names) are matched too.
      queryTerms: new Set([...tokenize(a.query), ...a.reading.related]),
      idf: a.lookups.idf,
      answerable: a.answerable && !unread,
      readAs,
      language: read.language,
      untranslated: read.untranslated,
      gap: unread ? phrasesFor(read.language).unread : a.gap,
      missing: unread ? [] : a.missing,
      related: unread && a.answerable ? a.retrieved : a.related,
      sentences: {
        bonus: sentenceBonus(a.reading, read.english === null ? undefined : { text, language: read.language }),
        adds: addedShare(a.reading, a.lookups.idf),
        storyFirst: a.reading.terms.some((t) => t.topic === true),
      },
    });
    const engine = (await this.translator).translator;
    return options.translateQuotes && engine ? withQuoteTranslations(answer, engine, this.logger) : answer;
  }

  /** The analysis behind an answer (retrieval, ranking, abstention); also what calibration fits on. */
  async analyse(question: string, k?: number, context?: string, options?: AnalyseOptions): Promise<Analysis> {
    const current = await this.provider.current();
    return analyse({ ...current, retrieval: this.retrieval, abstain: this.abstain, ranker: this.ranker }, question, k, context, options);
  }

  async digest(topic: string, options: { since?: string; k?: number } = {}): Promise<Digest> {
    const { lookups } = await this.provider.current();
    const answer = await this.ask(topic, { k: options.k ?? 10 });
    const since = options.since;
    const groups = lookups.entries
      .filter((e) => !since || (e.source.published !== null && e.source.published.slice(0, since.length) >= since))
      .map((e) => ({ articleId: e.articleId, source: e.source, quotes: answer.passages.filter((p) => p.articleId === e.articleId) }))
      .filter((g) => g.quotes.length > 0)
      .map((g) => ({ ...g, quotes: [...g.quotes].sort((a, b) => a.start - b.start) }));
    return { topic: answer.question, groups };
  }

  async sources(): Promise<CorpusEntry[]> {
    return (await this.provider.current()).lookups.entries;
  }

  async topics(): Promise<string[]> {
    return (await this.provider.current()).lookups.topics;
  }
}
