import type { Library } from '../library';

/** The sentences around a passage, in article order, each with its paragraph. */
export interface Surroundings {
  readonly before: readonly ContextSentence[];
  readonly after: readonly ContextSentence[];
  /** The passage's own paragraph. */
  readonly paragraph: number;
}

export interface ContextSentence {
  readonly text: string;
  readonly paragraph: number;
}

/**
 * Up to `count` sentences on each side of a sentence, crossing paragraph boundaries: news paragraphs
 * are often one sentence long, so the passage's own paragraph (the Passage's `before`/`after`) is
 * usually no context at all. Read from the library the answer came from; nothing is ranked here.
 */
export function surroundingsOf(library: Library, sentenceId: number, count: number): Surroundings | null {
  const sentence = library.sentences[sentenceId];
  if (sentence === undefined) return null;
  const siblings = library.sentencesByArticle.get(sentence.articleId) ?? [];
  const at = siblings.indexOf(sentenceId);
  if (at < 0) return null;
  const toContext = (id: number): ContextSentence[] => {
    const neighbour = library.sentences[id];
    return neighbour === undefined ? [] : [{ text: neighbour.text, paragraph: neighbour.paragraph }];
  };
  return {
    before: siblings.slice(Math.max(0, at - count), at).flatMap(toContext),
    after: siblings.slice(at + 1, at + 1 + count).flatMap(toContext),
    paragraph: sentence.paragraph,
  };
}
