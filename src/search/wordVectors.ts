/**
 * Word embeddings in a compact form: each vector L2-normalised and quantised to 8 bits, so the
 * cosine of two words is their dot product divided by QUANT². Pure data; loading lives in
 * `wordVectorStore.ts`.
 */
export const QUANT = 127;

export interface WordVectors {
  readonly dimensions: number;
  /** The normalised, quantised vector of a lower-case word, or undefined when it is unknown. */
  vectorOf(word: string): Int8Array | undefined;
  /**
   * How common a word is, 0 for the commonest, or undefined when unknown: the vectors list their
   * words from the most frequent in the text they were trained on.
   */
  frequencyRankOf?(word: string): number | undefined;
}

/** Wraps a word list and a flat Int8Array of vectors (row i belongs to words[i]). */
export function wordVectorsFrom(words: readonly string[], data: Int8Array, dimensions: number): WordVectors {
  const rowOf = new Map<string, number>();
  words.forEach((word, row) => {
    if (!rowOf.has(word)) rowOf.set(word, row);
  });
  return {
    dimensions,
    vectorOf(word: string): Int8Array | undefined {
      const row = rowOf.get(word);
      return row === undefined ? undefined : data.subarray(row * dimensions, (row + 1) * dimensions);
    },
    frequencyRankOf(word: string): number | undefined {
      return rowOf.get(word);
    },
  };
}

/** Cosine similarity of two quantised, normalised vectors, in [-1, 1]. */
export function cosine(a: Int8Array, b: Int8Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i += 1) dot += (a[i] as number) * (b[i] as number);
  return dot / (QUANT * QUANT);
}

/** Normalises and quantises one float vector. */
export function quantise(vector: ArrayLike<number>, dimensions: number): Int8Array {
  let norm = 0;
  for (let i = 0; i < dimensions; i += 1) norm += (vector[i] as number) ** 2;
  norm = Math.sqrt(norm) || 1;
  const out = new Int8Array(dimensions);
  for (let i = 0; i < dimensions; i += 1) out[i] = Math.round(((vector[i] as number) / norm) * QUANT);
  return out;
}
