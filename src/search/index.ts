import MiniSearch, { type Options } from 'minisearch';
import type { Article, Sentence } from '../corpus/types';
import { termOf, tokensOf } from './analysis';
import { namesIn } from './names';

/** What MiniSearch indexes for each sentence. */
export interface IndexedSentence {
  readonly id: number;
  readonly text: string;
  readonly names: string;
  readonly title: string;
  readonly articleId: string;
}

/** The index options; the same object must be given to `MiniSearch.loadJSON` when loading a cache. */
export const INDEX_OPTIONS: Options<IndexedSentence> = {
  idField: 'id',
  fields: ['text', 'names', 'title'],
  storeFields: ['articleId'],
  tokenize: tokensOf,
  processTerm: termOf,
};

export function indexedSentence(sentence: Sentence, article: Article): IndexedSentence {
  const names = namesIn(sentence.text);
  if (sentence.attribution) names.push(sentence.attribution.source);
  return {
    id: sentence.id,
    text: sentence.text,
    names: names.join(' ; '),
    title: article.title,
    articleId: article.id,
  };
}

export function createIndex(documents: readonly IndexedSentence[]): MiniSearch<IndexedSentence> {
  const index = new MiniSearch<IndexedSentence>(INDEX_OPTIONS);
  index.addAll(documents);
  return index;
}
