/**
 * The baseline every change is measured against: plain MiniSearch with its default options over
 * sentences (field `text` only), restricted to one article, results in score order. It "answers"
 * whenever anything matches at all.
 */
import MiniSearch from 'minisearch';

/** One indexed sentence: where it sits in its article. */
export interface BaselineSentence {
  readonly articleId: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface BaselineResult {
  readonly answered: boolean;
  readonly hits: readonly BaselineSentence[];
}

export type BaselineSearch = (question: string, articleId: string | null, top: number) => BaselineResult;

/** Indexes the sentences once; the returned function searches them. */
export function plainMiniSearch(sentences: readonly BaselineSentence[]): BaselineSearch {
  const index = new MiniSearch<{ id: number; articleId: string; text: string }>({
    fields: ['text'],
    storeFields: ['articleId'],
  });
  index.addAll(sentences.map((sentence, id) => ({ id, articleId: sentence.articleId, text: sentence.text })));
  return (question, articleId, top) => {
    const results = index.search(question, {
      filter: articleId === null ? undefined : (result) => result.articleId === articleId,
    });
    const hits: BaselineSentence[] = [];
    for (const result of results.slice(0, top)) {
      const sentence = sentences[result.id as number];
      if (sentence !== undefined) hits.push(sentence);
    }
    return { answered: hits.length > 0, hits };
  };
}
