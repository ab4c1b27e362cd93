import type { Library } from '../library';
import { TUNING } from './tuning';
import type { WeightedWord } from './weightedWord';

/**
 * The question's own terms that go into the index query. One in a large share of a big corpus
 * ("state" in 7,400 of 60,000 sentences) finds nothing the rarer ones do not, and walking its
 * postings took most of a question's time; the re-ranking still weighs it. A question of common
 * words only keeps them all.
 */
export function queriedTerms(library: Library, terms: readonly string[]): readonly string[] {
  const common = Math.max(
    TUNING.commonTermSentenceShare * library.sentences.length,
    TUNING.minCommonTermSentences,
  );
  const specific = terms.filter((term) => (library.documentFrequency.get(term) ?? 0) <= common);
  return specific.length > 0 ? specific : terms;
}

export function searchIndex(library: Library, words: readonly WeightedWord[], article: string | null) {
  // Expansions only help retrieval when they are specific: a word in every tenth sentence finds
  // nothing new and costs a scan of its postings. The strongest few are kept; re-ranking still
  // weighs all of them.
  const expansions = new Map<string, number>();
  const maxCount = Math.max(
    TUNING.maxExpansionSentenceShare * library.sentences.length,
    TUNING.minExpansionSentenceCap,
  );
  for (const word of words) {
    for (const [term, weight] of word.alternatives) {
      const count = library.documentFrequency.get(term) ?? 0;
      if (count === 0 || count > maxCount) continue;
      expansions.set(term, Math.max(expansions.get(term) ?? 0, TUNING.expansionWeight * weight));
    }
  }
  const boosts = new Map([...expansions].sort((a, b) => b[1] - a[1]).slice(0, TUNING.maxQueryExpansions));
  const queried = queriedTerms(
    library,
    words.map((word) => word.term),
  );
  // A lead-in's words ("According to the State Department, how…") weigh in the query as in the
  // coverage: less than the question's own.
  const leadIn = new Set(words.filter((word) => word.leadIn).map((word) => word.term));
  for (const term of queried) boosts.set(term, leadIn.has(term) ? TUNING.leadInWeight : 1);
  const own = new Set(queried);
  // The terms are already analysed: MiniSearch must take them as they are.
  return library.index.search([...boosts.keys()].join(' '), {
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    combineWith: 'OR',
    boost: TUNING.boost,
    boostTerm: (term) => boosts.get(term) ?? 0,
    // Typo tolerance for the question's own words that the corpus does not have (a misspelling).
    fuzzy: (term) =>
      own.has(term) &&
      term.length >= TUNING.fuzzyMinLength &&
      term.length <= TUNING.fuzzyMaxLength &&
      !library.documentFrequency.has(term)
        ? TUNING.fuzzy
        : false,
    weights: { fuzzy: TUNING.fuzzyWeight, prefix: 0 },
    filter: article === null ? undefined : (result) => result['articleId'] === article,
  });
}
