import type { Library } from '../library';
import { termOf } from './analysis';
import { articleWordCounts } from './articleWords';
import type { QuestionWord } from './question';
import { lemmasOf } from './wordNetLookup';
import { verb as verbLemma } from 'wink-lemmatizer';
import { escapeRegExp } from '../text/escapeRegExp';
import { tokensOf as taggedTokensOf } from '../text/taggedTokens';

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
  const agentVerbs = agentVerbsOf(word.word.toLowerCase());
  const related = new Set([...asked].flatMap((lemma) => library.related?.get(lemma) ?? []));
  return [...used].some((surface) => {
    const lemmas = [...lemmasOf(surface)];
    if (lemmas.some((lemma) => asked.has(lemma))) return true;
    // An agent noun is its verb's word, said as a verb ("the _detainers_" and "those _detaining_
    // Bazoum"; not "foreigners" and "foreign", "prisoners" and "prison").
    if (VERB_FORM.test(surface) && agentVerbs.includes(verbLemma(surface))) return true;
    return lemmas.some((lemma) => related.has(lemma)) && !onlyDescribing(library, surface);
  });
}

/** A noun for one who does something: "detain_ers_", "negotiat_or_", "winn_ers_". */
const AGENT_NOUN = /^(\p{L}{3,}?)(?:ers?|ors?)$/u;

/** A verb's "-ing" or "-ed" form. */
const VERB_FORM = /\p{L}{2}(?:ing|ed)$/u;

/** The verbs an agent noun may be made from: "detainers" → detain, "negotiator" → negotiate, "winners" → win. */
function agentVerbsOf(noun: string): string[] {
  const stem = AGENT_NOUN.exec(noun)?.[1];
  if (stem === undefined) return [];
  const undoubled = /(\p{L})\1$/u.test(stem) ? [stem.slice(0, -1)] : [];
  return [stem, `${stem}e`, ...undoubled];
}

/**
 * Whether the articles use a word only as a participle describing a noun, after an adverb in -ly
 * ("the _democratically elected_ government", "_Democratically-elected_ President Bazoum"), as the
 * tagger reads them: that says what something is, so a related word naming an event ("elections")
 * is not the articles' word. "was _reportedly detained_ two days ago" and "Italy _elected_ a new
 * parliament" are verbs. Read once per word and library, up to its first other use.
 */
function onlyDescribing(library: Library, surface: string): boolean {
  let memo = DESCRIBING.get(library);
  if (!memo) DESCRIBING.set(library, (memo = new Map()));
  const known = memo.get(surface);
  if (known !== undefined) return known;
  const term = termOf(surface);
  if (term === null) return false;
  const said = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(surface)}(?![\p{L}\p{N}])`, 'iu');
  let uses = 0;
  let only = true;
  for (let id = 0; id < library.sentences.length && only; id += 1) {
    const text = library.sentences[id]?.text ?? '';
    if (!library.termsBySentence[id]?.has(term) || !said.test(text)) continue;
    const tokens = taggedTokensOf(text);
    tokens.forEach((token, at) => {
      const lower = token.text.toLowerCase();
      // "Democratically-elected" is one token, its adverb inside it.
      const compound = lower.endsWith(`-${surface}`) && /\p{L}ly-/u.test(lower);
      if (lower !== surface && !compound) return;
      uses += 1;
      const adverbAt = compound ? at : at - 1;
      const adverb = tokens[adverbAt];
      const described =
        ['NOUN', 'PROPN'].includes(tokens[at + 1]?.pos ?? '') &&
        (compound || (adverb?.pos === 'ADV' && /ly$/i.test(adverb.text))) &&
        tokens[adverbAt - 1]?.pos !== 'AUX';
      if (!described) only = false;
    });
  }
  const result = only && uses > 0;
  memo.set(surface, result);
  return result;
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
