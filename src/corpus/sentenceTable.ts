import { attributionsOf } from './attribution';
import { paragraphsOf } from './sentences';
import type { Article, Sentence } from './types';

/** The sentences of one article with their provenance; ids start at `firstId`. */
export function sentencesOf(article: Article, firstId: number): Sentence[] {
  const located = paragraphsOf(article.text).flatMap((paragraph, paragraphIndex) =>
    paragraph.sentences.map((span, indexInParagraph) => ({ span, paragraphIndex, indexInParagraph })),
  );
  const attributions = attributionsOf(located.map(({ span }) => article.text.slice(span.start, span.end)));
  return located.map(({ span, paragraphIndex, indexInParagraph }, index) => ({
    id: firstId + index,
    articleId: article.id,
    paragraph: paragraphIndex + 1,
    sentence: index + 1,
    sentenceInParagraph: indexInParagraph + 1,
    start: span.start,
    end: span.end,
    text: article.text.slice(span.start, span.end),
    attribution: attributions[index] ?? null,
  }));
}
