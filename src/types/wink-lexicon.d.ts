/** WordNet's words in base form, each mapped to its index in the sense table. */
declare module 'wink-lexicon/src/wn-words.js' {
  const words: Readonly<Record<string, number>>;
  export = words;
}

/** For each word's index, its WordNet lexicographer file numbers (29–43 are the verb files). */
declare module 'wink-lexicon/src/wn-word-senses.js' {
  const senses: readonly (readonly number[])[];
  export = senses;
}
