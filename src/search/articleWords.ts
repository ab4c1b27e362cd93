import type { Library } from '../library';

/**
 * The articles' distinct lower-case words, each with the number of sentences it occurs in, built
 * once per library: spelling correction looks words up in it, and the same-word check groups its
 * words by index term.
 */
export function articleWordCounts(library: Library): ReadonlyMap<string, number> {
  let counts = WORD_COUNTS.get(library);
  if (!counts) {
    const counted = new Map<string, number>();
    for (const words of library.wordsBySentence) {
      for (const word of words) counted.set(word, (counted.get(word) ?? 0) + 1);
    }
    WORD_COUNTS.set(library, (counts = counted));
  }
  return counts;
}

const WORD_COUNTS = new WeakMap<Library, ReadonlyMap<string, number>>();
