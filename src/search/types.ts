/** Options for `answer(library, question, options)`; every field has a default in `DEFAULT_ANSWER_OPTIONS`. */
export interface AnswerOptions {
  /** How many passages to return. */
  readonly top: number;
  /** Restrict the search to one article id. */
  readonly article: string | null;
  /** How many neighbouring sentences on each side to attach as context. */
  readonly context: number;
}

/** One quoted sentence and where it comes from. `text` is an exact substring of the article. */
export interface Passage {
  readonly sentenceId: number;
  readonly articleId: string;
  readonly title: string;
  readonly url: string | null;
  readonly paragraph: number;
  readonly sentence: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  /** Who the article credits for this sentence, or null when nobody is. */
  readonly attribution: string | null;
  /** Neighbouring sentences in the same paragraph (each an exact substring of the article). */
  readonly before: readonly string[];
  readonly after: readonly string[];
}

/** Why an answer is what it is. */
export type AnswerStatus = 'answered' | 'not-found' | 'unknown-article' | 'empty-question';

/**
 * The result of a question, as data. When `answered` is false, `passages` are only the closest
 * sentences (to be shown labelled as "not an answer"), or empty.
 */
export interface Answer {
  readonly question: string;
  readonly answered: boolean;
  readonly status: AnswerStatus;
  readonly passages: readonly Passage[];
}
