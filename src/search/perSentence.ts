import type { Library } from '../library';

/**
 * A fact about a sentence, worked out on first use and kept for its library (a library never
 * changes): ranking asks it of every candidate, for every question.
 */
export function perSentence<T>(
  compute: (library: Library, sentenceId: number) => T,
): (library: Library, sentenceId: number) => T {
  const memos = new WeakMap<Library, Map<number, T>>();
  return (library, sentenceId) => {
    let memo = memos.get(library);
    if (!memo) memos.set(library, (memo = new Map()));
    if (memo.has(sentenceId)) return memo.get(sentenceId) as T;
    const value = compute(library, sentenceId);
    memo.set(sentenceId, value);
    return value;
  };
}
