import { noun as nounLemma } from 'wink-lemmatizer';
import { tokensOf as taggedTokensOf } from '../text/taggedTokens';
import { termOf } from './analysis';
import { perSentence } from './perSentence';

/** A word a sentence uses as a noun, as wink tags it (offsets into the sentence text). */
export interface SentenceNoun {
  readonly term: string;
  readonly lemma: string;
  readonly start: number;
  readonly end: number;
  /**
   * NOUN, PROPN, or ADJ for a word the tagger took for an adjective though it describes no word
   * after it and so heads its phrase ("the _chief_ of", "a Niger _general_,").
   */
  readonly pos: 'NOUN' | 'PROPN' | 'ADJ';
}

/**
 * The words a sentence uses as nouns, tagged on first use and kept: ranking asks several things of
 * them (a role's other names, what a noun is a kind of, who a "who" question may be answered by),
 * and a sentence is tagged once for all of them, only when one asks.
 */
export const nounsOf = perSentence((library, id): readonly SentenceNoun[] => {
  const tokens = taggedTokensOf(library.sentences[id]?.text ?? '');
  return tokens.flatMap((token, at): SentenceNoun[] => {
    const pos = token.pos;
    const headsPhrase = pos === 'ADJ' && !['NOUN', 'PROPN', 'ADJ'].includes(tokens[at + 1]?.pos ?? '');
    if (pos !== 'NOUN' && pos !== 'PROPN' && !headsPhrase) return [];
    return [
      {
        term: termOf(token.text) ?? '',
        lemma: nounLemma(token.text.toLowerCase()),
        start: token.start,
        end: token.end,
        pos: pos as SentenceNoun['pos'],
      },
    ];
  });
});
