/** One article as loaded from the corpus folder: its metadata and its body text. */
export interface Article {
  /** Front-matter `id`, else the file name without its extension. */
  readonly id: string;
  /** Front-matter `title`, else one made from the file name. */
  readonly title: string;
  readonly publisher: string | null;
  readonly url: string | null;
  /** As written in the front matter (ISO date recommended). */
  readonly date: string | null;
  /** The corpus-relative file the article came from. */
  readonly file: string;
  /** The article body (front matter removed). Every sentence is an exact substring of it. */
  readonly text: string;
}

/** Who a sentence is credited to inside its article ("…, CNN reported" → CNN). */
export interface Attribution {
  /** The name as the article gives it, resolved through "the statement" / "he" where possible. */
  readonly source: string;
  /** How the credit was found: a speech verb after a quote, before reported speech, or resolved from a reference. */
  readonly via: 'trailing' | 'leading' | 'parenthetical' | 'resolved';
}

/** One sentence with its provenance. Offsets index into `Article.text`. */
export interface Sentence {
  /** Position in the library's sentence table; also the MiniSearch document id. */
  readonly id: number;
  readonly articleId: string;
  /** 1-based paragraph number within the article. */
  readonly paragraph: number;
  /** 1-based sentence number within the article. */
  readonly sentence: number;
  /** 1-based sentence number within its paragraph. */
  readonly sentenceInParagraph: number;
  readonly start: number;
  readonly end: number;
  /** Exactly `article.text.slice(start, end)`. */
  readonly text: string;
  readonly attribution: Attribution | null;
}

/** One problem found while loading the corpus; a load reports all of them at once. */
export interface CorpusProblem {
  readonly file: string;
  /** 1-based line where known (front matter, overrides). */
  readonly line?: number;
  readonly reason: string;
}
