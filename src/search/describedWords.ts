import { verb as verbLemma } from 'wink-lemmatizer';
import type { Library } from '../library';
import { tokensOf as taggedTokensOf, type Token } from '../text/taggedTokens';
import { termOf } from './analysis';
import { perSentence } from './perSentence';
import type { WeightedWord } from './weightedWord';

/** Verbs asking how something was spoken of, as lemmas: "How did Tiani _describe_ the situation?". */
const DESCRIBING_ASKED: ReadonlySet<string> = new Set([
  'describe',
  'characterise',
  'characterize',
  'portray',
  'depict',
]);

/**
 * The index among `words` of what a question asks to be described: the first noun after a verb of
 * describing ("How did the Secretary describe American _support_…", "What word did Tiani use to
 * characterise the _situation_…"), else before it, or -1.
 */
export function describedWordIndex(tagged: readonly Token[], words: readonly WeightedWord[]): number {
  const verbAt = tagged.findIndex(
    (token) => token.pos === 'VERB' && DESCRIBING_ASKED.has(verbLemma(token.text.toLowerCase())),
  );
  if (verbAt < 0) return -1;
  const isNoun = (token: Token, at: number): boolean =>
    token.pos === 'NOUN' ||
    // A gerund after a name or a possessive is a noun ("Washington's _backing_").
    (token.pos === 'VERB' &&
      /ing$/iu.test(token.text) &&
      ['PROPN', 'PART', 'DET', 'ADJ', 'PRON'].includes(tagged[at - 1]?.pos ?? ''));
  // Passive, it is the subject's first noun: "How was American _backing_ for the leader
  // characterised?" (not in "How did the minister describe it?", where the minister describes).
  const passive = tagged.slice(0, verbAt).some((token) => token.pos === 'AUX' && BE.test(token.text));
  const noun =
    tagged.find((token, at) => at > verbAt && isNoun(token, at)) ??
    (passive ? tagged.find((token, at) => at < verbAt && isNoun(token, at)) : undefined);
  if (noun === undefined) return -1;
  const term = termOf(noun.text);
  return words.findIndex((word) => word.term === term);
}

/**
 * Whether a sentence says the word, or a word WordNet gives for it, right after a word describing it
 * ("the United States’ _unflagging_ support", "a _deteriorating_ security situation"): it tells how
 * the thing was described.
 */
export function describesWord(library: Library, sentenceId: number, word: WeightedWord): boolean {
  const tokens = taggedOf(library, sentenceId);
  return tokens.some((token, at) => {
    const term = termOf(token.text);
    if (term === null || (term !== word.term && !word.wordNetTerms.has(term))) return false;
    // A compound's first noun may stand between them ("deteriorating _security_ situation").
    const beforeAt = tokens[at - 1]?.pos === 'NOUN' ? at - 2 : at - 1;
    return isDescribingAt(tokens, beforeAt);
  });
}

/**
 * Whether the token at `at` is an adjective, or a participle used as one ("a _deteriorating_
 * situation"): after a determiner, an adjective or a possessive, not a verb of the clause ("the
 * minister _pledged_ support").
 */
function isDescribingAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token === undefined) return false;
  if (token.pos === 'ADJ') return true;
  if (token.pos !== 'VERB' || !/\p{L}(?:ing|ed)$/iu.test(token.text)) return false;
  // An opening quote stands aside ("a “_deteriorating_ security situation”"); a possessive's
  // apostrophe is the possessive ("the United States’ _unflagging_ support").
  let before = at - 1;
  while (/^[“"‘]$/u.test(tokens[before]?.text ?? '')) before -= 1;
  const previous = tokens[before];
  return (
    previous !== undefined &&
    (['DET', 'ADJ', 'PART', 'PRON'].includes(previous.pos) || /^['’]$/u.test(previous.text))
  );
}

/** A form of "be", which makes the describing verb passive ("How _was_ it characterised?"). */
const BE = /^(?:is|are|was|were|be|been|being|['’]s|['’]re)$/iu;

const taggedOf = perSentence((library, id): readonly Token[] =>
  taggedTokensOf(library.sentences[id]?.text ?? ''),
);
