import type { Sentence } from '../corpus/types';
import type { Library } from '../library';
import { verb as verbLemma } from 'wink-lemmatizer';
import { SPEECH_VERBS } from '../actors/lexicon';
import { holdsTime } from './answerKind';

/**
 * Whether a sentence that lacks a verb of a when / where / how-many / why question gives another
 * event's time, place, number or reason: its article uses that verb in another sentence ("When was
 * Bazoum _elected_?" against "detained two days ago", while "elected" is said elsewhere; "Why did
 * Blinken _praise_ Issoufou?" against "Blinken spoke to … Issoufou, saying…"). A biography's
 * bracketed life span does date a birth or death without the verb, and a verb of saying tells a
 * saying asked in another ("declare" for "said").
 */
export function isAnotherEvents(
  library: Library,
  sentence: Sentence,
  verb: { readonly word: string; readonly term: string },
  asksTime: boolean,
): boolean {
  if (spansLife(verb.word, sentence)) return false;
  // "On what day did the army command _declare_ its backing?": "Earlier, on Thursday, the army
  // command _said_ it was supporting…" dates that saying, in another verb of saying. Only a time
  // before the verb does: after it, the time is of what was said ("Tiani said … that _Wednesday's_
  // coup…"); and a saying's place or number is seldom the sentence's.
  if (asksTime && SAYING_EVENTS.has(verbLemma(verb.word)) && someoneSpeaksIn(library, sentence)) {
    const saying = sentence.text.search(SPEECH_VERB_IN_TEXT);
    if (saying >= 0 && holdsTime(sentence.text.slice(0, saying))) return false;
  }
  // (The article's use, kept per library, is asked first: the noun is looked for word by word.)
  return articleUses(library, sentence.articleId, verb.term) && !namesEventOf(library, sentence, verb.word);
}

/**
 * Whether a sentence names the verb's event in a noun made from it ("his continuing _leadership_"
 * for "continuing to lead", "the _announcement_" for "announce", "the _election_"): the verb's
 * lemma, less a final "e", and a suffix that makes nouns of verbs. Not any word it begins
 * ("_former_" is no forming, "_landmark_" no landing, "_significant_" no signing).
 */
function namesEventOf(library: Library, sentence: Sentence, verbWord: string): boolean {
  const lemma = verbLemma(verbWord.toLowerCase());
  const stem = lemma.replace(/e$/u, '');
  return (library.wordsBySentence[sentence.id] ?? []).some((word) => {
    const lower = word.toLowerCase();
    return lower.startsWith(stem) && NOMINAL_SUFFIX.test(lower.slice(stem.length));
  });
}

/** What a verb takes to become the noun of its doing: lead → leadership, announce → announcement. */
const NOMINAL_SUFFIX = /^(?:e?ment|(?:er)?ship|ation|ition|ion|al|ance|ence|ure)s?$/u;

/** A verb of saying as written in a sentence (`SPEECH_VERBS`, unanchored). */
const SPEECH_VERB_IN_TEXT = new RegExp(
  String.raw`(?<!\p{L})(?:${SPEECH_VERBS.source.replace(/^\^|\$$/g, '')})(?!\p{L})`,
  'iu',
);

/**
 * Whether someone speaks in a sentence, the subject of its verb of saying ("the army command
 * _said_…"): not a news outlet reporting it ("…, CNN reported"), which every sentence may be.
 */
function someoneSpeaksIn(library: Library, sentence: Sentence): boolean {
  let spoken = SPOKEN_BY_SOMEONE.get(library);
  if (!spoken) {
    // Once per library: ranking asks it of every candidate sentence.
    spoken = new Set(library.actors.actors.flatMap((actor) => (actor.kind === 'outlet' ? [] : actor.speaks)));
    SPOKEN_BY_SOMEONE.set(library, spoken);
  }
  return spoken.has(sentence.id);
}

const SPOKEN_BY_SOMEONE = new WeakMap<Library, ReadonlySet<number>>();

/** Verbs of making something known, as lemmas: any verb of saying in a sentence may be the one asked. */
const SAYING_EVENTS: ReadonlySet<string> = new Set([
  'say',
  'state',
  'declare',
  'announce',
  'proclaim',
  'tell',
  'report',
  'claim',
  'express',
  'voice',
]);

/**
 * Birth and death are told by a life span in brackets, the way biographies open: "Freddie Mercury
 * (born Farrokh Bulsara; 5 September 1946 – 24 November 1991) was…" says when he died without
 * "died". A span with its end tells both; "(born 1961)" only a birth.
 */
const BIRTH = /^(?:born|birth)$/;
const DEATH = /^(?:die|died|dies|dying|death)$/;
const BORN_IN_BRACKETS = /\((?:born|b\.)\s/u;
const CLOSED_LIFE_SPAN = /\b(?:1[0-9]|20)\d\d\s*[–—-]\s*[^()]{0,60}?\b(?:1[0-9]|20)\d\d\s*\)/u;

/** Whether a sentence's life span in brackets tells the birth or death a word names. */
export function spansLife(word: string, sentence: Sentence): boolean {
  const lower = word.toLowerCase();
  if (BIRTH.test(lower)) return BORN_IN_BRACKETS.test(sentence.text) || CLOSED_LIFE_SPAN.test(sentence.text);
  return DEATH.test(lower) && CLOSED_LIFE_SPAN.test(sentence.text);
}

/** Whether an article has a term in any of its sentences, memoised per library. */
function articleUses(library: Library, articleId: string, term: string): boolean {
  let known = ARTICLE_USES.get(library);
  if (!known) ARTICLE_USES.set(library, (known = new Map()));
  const key = `${articleId}\u0000${term}`;
  let uses = known.get(key);
  if (uses === undefined) {
    uses = (library.sentencesByArticle.get(articleId) ?? []).some(
      (id) => library.termsBySentence[id]?.has(term) ?? false,
    );
    if (known.size >= 100_000) known.clear();
    known.set(key, uses);
  }
  return uses;
}

const ARTICLE_USES = new WeakMap<Library, Map<string, boolean>>();
