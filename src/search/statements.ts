import type { Library } from '../library';
import type { Sentence } from '../corpus/types';
import { tokensOf } from '../text/taggedTokens';
import { perSentence } from './perSentence';

/**
 * Whether a sentence states something: it has a verb. A verbless one is a caption, a heading or a
 * list item ("Official Xbox 360 Banner used on game covers", "Olmec Head No. 3 from San Lorenzo"),
 * which names what an answer would be about without saying it. Tagged on first use and kept, as
 * only the candidates of some question are ever asked about.
 */
export function isStatement(library: Library, sentence: Sentence): boolean {
  return statesSomething(library, sentence.id);
}

const statesSomething = perSentence((library, sentenceId) =>
  tokensOf(library.sentences[sentenceId]?.text ?? '').some(
    (token) => token.pos === 'VERB' || token.pos === 'AUX',
  ),
);
