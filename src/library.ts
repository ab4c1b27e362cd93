import type MiniSearch from 'minisearch';
import { loadCorpus, type CorpusLoadOptions, DEFAULT_CORPUS_LOAD_OPTIONS } from './corpus/loadCorpus';
import { sentencesOf } from './corpus/sentenceTable';
import type { Article, CorpusProblem, Sentence } from './corpus/types';
import { termsOf } from './search/analysis';
import { createIndex, indexedSentence, type IndexedSentence } from './search/index';

/**
 * One complete, read-only snapshot of the corpus: articles, sentences, their terms and the index.
 * A reload builds a new Library beside the one in service and swaps the reference; nothing mutates one.
 */
export interface Library {
  readonly articles: ReadonlyMap<string, Article>;
  /** Indexed by `Sentence.id`. */
  readonly sentences: readonly Sentence[];
  /** Sentence ids of each article, in article order. */
  readonly sentencesByArticle: ReadonlyMap<string, readonly number[]>;
  /** The distinct index terms of each sentence, by sentence id. */
  readonly termsBySentence: readonly ReadonlySet<string>[];
  /** The distinct index terms of each article's title. */
  readonly titleTerms: ReadonlyMap<string, ReadonlySet<string>>;
  /** In how many sentences each term occurs. */
  readonly documentFrequency: ReadonlyMap<string, number>;
  readonly index: MiniSearch<IndexedSentence>;
}

export function buildLibrary(articles: readonly Article[]): Library {
  const sentences: Sentence[] = [];
  const sentencesByArticle = new Map<string, number[]>();
  const titleTerms = new Map<string, ReadonlySet<string>>();
  for (const article of articles) {
    const ofArticle = sentencesOf(article, sentences.length);
    sentences.push(...ofArticle);
    sentencesByArticle.set(
      article.id,
      ofArticle.map((sentence) => sentence.id),
    );
    titleTerms.set(article.id, new Set(termsOf(article.title)));
  }
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const termsBySentence = sentences.map((sentence) => new Set(termsOf(sentence.text)));
  const documentFrequency = new Map<string, number>();
  for (const terms of termsBySentence) {
    for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const index = createIndex(
    sentences.map((sentence) => indexedSentence(sentence, articleById.get(sentence.articleId) as Article)),
  );
  return {
    articles: articleById,
    sentences,
    sentencesByArticle,
    termsBySentence,
    titleTerms,
    documentFrequency,
    index,
  };
}

export type LibraryLoad =
  | { readonly ok: true; readonly library: Library }
  | { readonly ok: false; readonly problems: readonly CorpusProblem[] };

/** Loads the corpus folder and builds its library, or returns every problem found. */
export async function loadLibrary(
  dir: string,
  options: CorpusLoadOptions = DEFAULT_CORPUS_LOAD_OPTIONS,
): Promise<LibraryLoad> {
  const corpus = await loadCorpus(dir, options);
  if (!corpus.ok) return corpus;
  return { ok: true, library: buildLibrary(corpus.articles) };
}
