import stem from 'wink-porter2-stemmer';
import { noun, verb } from 'wink-lemmatizer';
import { STOP_WORDS } from './stopWords';
import { LONGEST_WORD } from '../text/longestWord';

/**
 * Text analysis shared by the index and the questions: the same tokens, the same stems, the same
 * stop words on both sides, or matches are silently lost.
 */

/** Words, numbers and dotted acronyms ("U.S."); apostrophes and hyphens split words. */
const TOKEN = /\p{L}(?:\.\p{L})+\.?|[\p{L}\p{N}]+/gu;

/** Splits text into raw tokens, keeping their case (the case decides whether "US" is a stop word). */
export function tokensOf(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** The same tokens with where each starts in the text. */
export function tokenSpansOf(text: string): { readonly token: string; readonly start: number }[] {
  return [...text.matchAll(TOKEN)].map((match) => ({ token: match[0], start: match.index ?? 0 }));
}

/**
 * Turns one raw token into its index term: lower case, accents folded, possessive and acronym dots
 * dropped, stemmed with Porter2. Returns null for stop words, except acronyms written in capitals
 * ("US", "WHO", "IT" are names, not function words).
 */
export function termOf(token: string): string | null {
  const folded = token.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\./g, '');
  if (folded === '') return null;
  const lower = folded.toLowerCase();
  const isAcronym = folded.length >= 2 && folded === folded.toUpperCase() && /\p{L}/u.test(folded);
  if (!isAcronym && STOP_WORDS.has(lower)) return null;
  if (/^\p{N}+$/u.test(lower)) return lower;
  if (lower.length === 1) return null;
  // No English word is this long, and the stemmer's time grows faster than the word's length (a
  // 5,000-letter token took two seconds): a pasted blob or hash is kept as it is.
  if (lower.length > LONGEST_WORD) return lower;
  return stemOf(lower);
}

const stemCache = new Map<string, string>();
/** Bounds the cache on pathological input (a corpus of random strings). */
const STEM_CACHE_LIMIT = 500_000;

/**
 * Porter2 stem of a word, after undoing irregular forms the stemmer cannot see ("spoke" → speak,
 * "held" → hold, "men" → man) with WordNet's exception lists. Cached: vocabularies are small.
 */
function stemOf(word: string): string {
  let cached = stemCache.get(word);
  if (cached === undefined) {
    cached = stem(word);
    for (const lemma of [verb(word), noun(word)]) {
      const lemmaStem = stem(lemma);
      if (lemmaStem !== cached && !STOP_WORDS.has(lemma)) {
        cached = lemmaStem;
        break;
      }
    }
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, cached);
  }
  return cached;
}

/** The index terms of a text, in order, stop words dropped. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokensOf(text)) {
    const term = termOf(token);
    if (term !== null) terms.push(term);
  }
  return terms;
}
