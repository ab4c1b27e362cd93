import type { Sentence } from '../corpus/types';
import type { Library } from '../library';

/**
 * Whether a sentence that lacks a verb of a when / where / how-many question gives another event's
 * time, place or number: its article uses that verb in another sentence ("When was Bazoum
 * _elected_?" against "detained two days ago", while "elected" is said elsewhere). A biography's
 * bracketed life span does date a birth or death without the verb.
 */
export function isAnotherEvents(
  library: Library,
  sentence: Sentence,
  verb: { readonly word: string; readonly term: string },
): boolean {
  if (LIFE_EVENT.test(verb.word) && LIFE_SPAN.test(sentence.text)) return false;
  return articleUses(library, sentence.articleId, verb.term);
}

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
