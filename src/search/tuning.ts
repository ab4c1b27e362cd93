/**
 * Every constant that tunes ranking and abstention, in one place. Each was chosen by `npm run eval`
 * (seed questions + WikiQA dev); the comment says what it measured.
 */
export const TUNING = {
  /** MiniSearch field boosts: the sentence itself first, names next, the article title last. */
  boost: { text: 1, names: 1.5, title: 0.4 },
  /** Fuzzy matching only for terms at least this long (short words have too many neighbours). */
  fuzzyMinLength: 6,
  /** Maximum edit distance, as a fraction of the term length. */
  fuzzy: 0.2,
  /** Weight of a fuzzy match relative to an exact one. */
  fuzzyWeight: 0.5,
  /** Weight of a question term found only in the article's title, relative to one in the sentence. */
  titleWeight: 0.5,
  /** Final score = lexical × w.lexical + coverage × w.coverage + position × w.position. */
  weights: { lexical: 0.5, coverage: 1, position: 0.1 },
  /** Abstain when the best passage covers less than this share of the question's weighted terms. */
  minCoverage: 0.5,
} as const;
