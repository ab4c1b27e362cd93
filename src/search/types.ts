import type { Quote } from '../corpus/quote';
import type { SpellingCorrection } from './questionText';

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
export interface Passage extends Quote {
  /** Offsets of `text` in the article. */
  readonly start: number;
  readonly end: number;
  readonly score: number;
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
  /** Misspelt words read as article words ("detaned" → detained), to show the asker; usually none. */
  readonly corrections: readonly SpellingCorrection[];
  readonly answered: boolean;
  readonly status: AnswerStatus;
  readonly passages: readonly Passage[];
}
