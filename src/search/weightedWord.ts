import type { Library } from '../library';
import type { QuestionWord } from './question';

/** A question word with its weight and the other terms that may stand for it, each with a weight ≤ 1. */
export interface WeightedWord extends QuestionWord {
  readonly weight: number;
  /** The weight it ranks with: below `weight` when other words name the same actor (see `withRankingWeights`). */
  readonly rankingWeight: number;
  /** Actors the question names with this word ("Nigerien president" → Bazoum): their mentions match it. */
  readonly actors: ReadonlySet<string>;
  readonly alternatives: ReadonlyMap<string, number>;
  /** The alternatives WordNet lists (a firmer paraphrase than a vector neighbour). */
  readonly wordNetTerms: ReadonlySet<string>;
  /** WordNet's antonyms of the word: close in vector space ("old" ~ "new"), never a paraphrase. */
  readonly antonymTerms: ReadonlySet<string>;
  /**
   * The words of a passive verb's less common senses ("Is Bazoum still being _held_?" → detention):
   * they vouch for it as firmly as a common sense's words do, in a claim to check or in what
   * someone is asked to have said ("Who says Bazoum is still being held?").
   */
  readonly claimedSenseTerms: ReadonlySet<string>;
  /** The articles have its index term only as another word ("unit" → "United"): that is no match. */
  readonly stemOnly: boolean;
  /**
   * Terms of the question's other words, never a paraphrase of this one (see `withoutOthersWords`):
   * empty but for the focus.
   */
  readonly othersTerms: ReadonlySet<string>;
  /**
   * The alternatives left out for being another question word's term (see `withoutOthersWords`):
   * a sentence saying that word twice has one for each ("_the military's_ statement warned against
   * foreign _military_ intervention" for "What did the soldiers say military intervention…").
   */
  readonly sharedAlternatives: ReadonlyMap<string, number>;
}

export type UnrankedWord = Omit<WeightedWord, 'rankingWeight'>;

/** How rare a term is among the library's sentences: the base of a question word's weight. */
export function idf(library: Library, term: string): number {
  const count = library.documentFrequency.get(term) ?? 0;
  return Math.log(1 + (library.sentences.length + 1) / (count + 0.5));
}
