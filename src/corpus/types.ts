/** Where a passage comes from, as shown under every quote. */
export interface ArticleSource {
  title: string;
  /** The outlet that published the article, when known. */
  outlet: string | null;
  /** ISO date or partial date (`2019`, `2019-04`, `2019-04-11`), when known. */
  published: string | null;
  url: string | null;
  /** Path of the corpus file relative to the corpus root (for `.jsonl`, the file plus `#id`). */
  file: string;
}

/** One article as read from disk, before cleaning. */
export interface RawArticle {
  /** Stable id: the `.jsonl` id, or the file name without extension. */
  id: string;
  source: ArticleSource;
  /** The body text as read (front matter removed; for HTML, the extracted article text). */
  raw: string;
  format: 'text' | 'html' | 'jsonl';
}

/** An article after cleaning: `text` keeps every real paragraph byte for byte, joined by blank lines. */
export interface Article extends RawArticle {
  text: string;
  /**
   * Offsets in `text` where cleaning removed something between two kept paragraphs (each the
   * end of the paragraph before it). Text on the two sides of a gap is not contiguous in `raw`.
   */
  gaps: number[];
  /** sha256 of the cleaned text and source metadata: unchanged articles keep their vectors. */
  contentHash: string;
}

/** A span of an article's cleaned text, small enough to read at a glance. */
export interface Passage {
  /** `${articleId}#${ordinal}` */
  id: string;
  articleId: string;
  /** Index of the paragraph the passage starts in. */
  paragraph: number;
  /** Character offsets into the article's cleaned text: `text === article.text.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
}

/** A file or record that was skipped, with the reason; the build goes on without it. */
export interface CorpusWarning {
  file: string;
  reason: string;
}
