import type { Library } from '../library';
import { termOf } from './analysis';
import { articleWordCounts } from './articleWords';
import type { QuestionWord } from './question';
import { lemmasOf } from './wordNetLookup';
import { escapeRegExp } from '../text/escapeRegExp';

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
  return [...used].some((surface) => {
    const lemmas = [...lemmasOf(surface)];
    if (lemmas.some((lemma) => asked.has(lemma))) return true;
    return lemmas.some((lemma) => related.has(lemma)) && !onlyDescribing(library, surface, word.term);
  });
}

/**
 * Whether the articles use a word only as a participle describing a noun, after an adverb
 * ("_democratically elected_ government", "Democratically-_elected_ President"): that says what
 * something is, so a related word naming an event ("elections") is not the articles' word.
 */
function onlyDescribing(library: Library, surface: string, term: string): boolean {
  let memo = DESCRIBING.get(library);
  if (!memo) DESCRIBING.set(library, (memo = new Map()));
  const known = memo.get(surface);
  if (known !== undefined) return known;
  const describing = new RegExp(String.raw`\b\p{L}+ly[\s-]${escapeRegExp(surface)}\b`, 'giu');
  const any = new RegExp(String.raw`\b${escapeRegExp(surface)}\b`, 'giu');
  let uses = 0;
  let described = 0;
  library.termsBySentence.forEach((terms, id) => {
    if (!terms.has(term)) return;
    const text = library.sentences[id]?.text ?? '';
    uses += text.match(any)?.length ?? 0;
    described += text.match(describing)?.length ?? 0;
  });
  const only = uses > 0 && described === uses;
  memo.set(surface, only);
  return only;
}

const DESCRIBING = new WeakMap<Library, Map<string, boolean>>();

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
