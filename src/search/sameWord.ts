import type { Library } from '../library';
import { termOf } from './analysis';
import { articleWordCounts } from './articleWords';
import type { QuestionWord } from './question';
import { lemmasOf } from './wordNetLookup';

/**
 * Whether the articles use a question word itself, not only another word the stemmer folds into
 * the same index term: "unit" and "United" are both `unit`, "general" and "generally" both
 * `general`. The same word shares a lemma ("commanded" / "command") or WordNet relates the two
 * ("elected" / "election"). Without this, "Which unit did Tiani command?" reads "unit" as known.
 */
export function articlesUseWord(library: Library, word: Pick<QuestionWord, 'word' | 'term'>): boolean {
  const used = surfaceWordsOf(library).get(word.term);
  // A term no lower-case word gives is an acronym's ("US", "WHO", "IT": stop words in lower
  // case): the articles use it if they have the term at all.
  if (!used) return library.documentFrequency.has(word.term);
  const asked = lemmasOf(word.word);
  const related = new Set([...asked].flatMap((lemma) => library.related?.get(lemma) ?? []));
  return [...used].some((surface) =>
    [...lemmasOf(surface)].some((lemma) => asked.has(lemma) || related.has(lemma)),
  );
}

/** The articles' lower-case words by index term, once per library. */
function surfaceWordsOf(library: Library): ReadonlyMap<string, ReadonlySet<string>> {
  let words = SURFACE_WORDS.get(library);
  if (!words) {
    // Each distinct word is stemmed once (a big corpus repeats most of its words).
    const byTerm = new Map<string, Set<string>>();
    for (const surface of articleWordCounts(library).keys()) {
      const term = termOf(surface);
      if (term === null) continue;
      const known = byTerm.get(term);
      if (known) known.add(surface);
      else byTerm.set(term, new Set([surface]));
    }
    SURFACE_WORDS.set(library, (words = byTerm));
  }
  return words;
}

const SURFACE_WORDS = new WeakMap<Library, ReadonlyMap<string, ReadonlySet<string>>>();
