import { noun as nounLemma } from 'wink-lemmatizer';
import type { Library } from '../library';
import { termOf } from './analysis';
import { inCaseTyped } from './idioms';
import { tokensOf as taggedTokensOf } from '../text/taggedTokens';

/**
 * A noun of the question the articles never use, read as a name of several words WordNet gives
 * it that they do use: "offered no _exit_ from the crisis" → "offered no _way out_ from the
 * crisis", where a story says "a real way out of the crisis". Word by word, a phrase is no one
 * term: neither the index nor the vectors would tie it to the noun. Only a noun, as tagged, after
 * what opens a noun phrase ("no", "the", "a real", "of"): "Did the unions _exit_ the talks?" keeps
 * its verb, which the tagger may take for a noun after a noun. And only a phrase an article says.
 */
export function withArticlesPhrases(library: Library, text: string): string {
  const phrases = library.nounPhrases;
  if (phrases === null) return text;
  // Tagging takes time: only a question with such a noun at all is tagged.
  const mayHave = (word: string): boolean => {
    const term = termOf(word);
    return term !== null && !library.documentFrequency.has(term) && phrases.has(nounLemma(word));
  };
  if (!(text.toLowerCase().match(/\p{L}+/gu) ?? []).some(mayHave)) return text;
  let read = '';
  let cursor = 0;
  const tokens = taggedTokensOf(text);
  for (const [at, token] of tokens.entries()) {
    const before = tokens[at - 1];
    if (
      token.pos !== 'NOUN' ||
      !(OPENS_NOUN_PHRASE.test(before?.pos ?? '') || POSSESSIVE.test(before?.text ?? ''))
    )
      continue;
    const word = token.text.toLowerCase();
    if (!mayHave(word)) continue;
    const phrase = phrases
      .get(nounLemma(word))
      ?.map((joined) => joined.replace(/_/g, ' '))
      .find((spaced) => articlesSay(library, spaced));
    if (phrase === undefined) continue;
    read += text.slice(cursor, token.start) + inCaseTyped(token.text, phrase);
    cursor = token.end;
  }
  return cursor === 0 ? text : read + text.slice(cursor);
}

/** The parts of speech before a noun that open its phrase: a determiner, an adjective, a preposition, a number, a possessive. */
const OPENS_NOUN_PHRASE = /^(?:DET|ADJ|ADP|NUM|PART)$/;
const POSSESSIVE = /^(?:his|her|its|their|our|my|your)$/i;

/**
 * Whether any article says a phrase as a common noun: in lower case but for a capital opening a
 * sentence, its last word plural or not, and not a title before a name ("City manager _Tom_
 * Reyes" is that man's post, not a mayor) nor part of a name ("the Academy of Motion Picture
 * Arts" says nothing of a movie).
 */
function articlesSay(library: Library, phrase: string): boolean {
  let memo = SAID.get(library);
  if (!memo) {
    memo = { text: library.sentences.map((sentence) => sentence.text).join('\n'), said: new Map() };
    SAID.set(library, memo);
  }
  const known = memo.said.get(phrase);
  if (known !== undefined) return known;
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const first = escaped.charAt(0);
  const cased = `[${first}${first.toUpperCase()}]${escaped.slice(1)}`;
  const said = new RegExp(
    String.raw`(?<![\p{L}\p{N}])${cased}(?:s|es)?(?![\p{L}\p{N}])(?!\s+\p{Lu})`,
    'u',
  ).test(memo.text);
  if (memo.said.size >= PHRASES_PER_LIBRARY) memo.said.clear();
  memo.said.set(phrase, said);
  return said;
}

/** A library's text, once, and which phrases it says. */
const SAID = new WeakMap<Library, { readonly text: string; readonly said: Map<string, boolean> }>();

const PHRASES_PER_LIBRARY = 20_000;
