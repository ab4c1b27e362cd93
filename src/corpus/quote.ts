import type { Article, Sentence } from './types';

/**
 * One sentence as the bot quotes it: the exact text and everything its source line needs. Answers
 * (`Passage`) and actor summaries (`SummaryLine`) are both quotes.
 */
export interface Quote {
  readonly sentenceId: number;
  readonly articleId: string;
  readonly title: string;
  readonly url: string | null;
  readonly paragraph: number;
  readonly sentence: number;
  /** Exactly the sentence as the article has it. */
  readonly text: string;
  /** Who the article credits for it (`Sentence.attribution`), or null. */
  readonly attribution: string | null;
}

export function quoteOf(articles: ReadonlyMap<string, Article>, sentence: Sentence): Quote {
  const article = articles.get(sentence.articleId);
  return {
    sentenceId: sentence.id,
    articleId: sentence.articleId,
    title: article?.title ?? sentence.articleId,
    url: article?.url ?? null,
    paragraph: sentence.paragraph,
    sentence: sentence.sentence,
    text: sentence.text,
    attribution: sentence.attribution?.source ?? null,
  };
}
