import type { Sentence } from '../corpus/types';
import type { Library } from '../library';
import { verb as verbLemma } from 'wink-lemmatizer';
import { SPEECH_VERBS } from '../actors/lexicon';

/**
 * Whether a sentence that lacks a verb of a when / where / how-many question gives another event's
 * time, place or number: its article uses that verb in another sentence ("When was Bazoum
 * _elected_?" against "detained two days ago", while "elected" is said elsewhere). A biography's
 * bracketed life span does date a birth or death without the verb, and a verb of saying tells a
 * saying asked in another ("declare" for "said").
 */
export function isAnotherEvents(
  library: Library,
  sentence: Sentence,
  verb: { readonly word: string; readonly term: string },
): boolean {
  if (LIFE_EVENT.test(verb.word) && LIFE_SPAN.test(sentence.text)) return false;
  // "On what day did the army command _declare_ its backing?": "…the army command _said_ it was
  // supporting…" is that saying, in another verb of saying.
  if (SAYING_EVENTS.has(verbLemma(verb.word)) && saysSomething(sentence)) return false;
  return articleUses(library, sentence.articleId, verb.term);
}

/** Whether a sentence has a verb of saying ("said", "announced", "warned"). */
function saysSomething(sentence: Sentence): boolean {
  return (sentence.text.match(/\p{L}+/gu) ?? []).some((word) => SPEECH_VERBS.test(word));
}

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
 * (born Farrokh Bulsara; 5 September 1946 – 24 November 1991) was…" says when he died without "died".
 */
const LIFE_EVENT = /^(?:born|bear|birth|die|died|dies|dying|death)$/;
const LIFE_SPAN = /\((?:born|b\.)\s|\b(?:1[0-9]|20)\d\d\s*[–—-]\s*[^()]{0,60}?\b(?:1[0-9]|20)\d\d\s*\)/u;

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
