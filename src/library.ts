import type MiniSearch from 'minisearch';
import { loadCorpus, type CorpusLoadOptions, DEFAULT_CORPUS_LOAD_OPTIONS } from './corpus/loadCorpus';
import { sentencesOf } from './corpus/sentenceTable';
import type { Article, CorpusProblem, Sentence } from './corpus/types';
import { termOf, tokensOf, termsOf } from './search/analysis';
import { createIndex, indexedSentence, type IndexedSentence } from './search/index';
import type { WordVectors } from './search/wordVectors';
import { loadWordVectors } from './search/wordVectorStore';
import { loadWordNet, type RelatedWords } from './search/relatedWords';
import { actorsOf, loadActorOverrides, NO_OVERRIDES, type ActorOverrides, type ActorTable } from './actors';

/**
 * The corpus words that have vectors, for finding words close in meaning to a question's: their
 * index terms and their vectors in one flat array (row i belongs to terms[i]), scanned per question.
 */
export interface Vocabulary {
  readonly terms: readonly string[];
  readonly vectors: Int8Array;
  readonly dimensions: number;
}

/** Shared resources a library is built with (loaded once, reused by every rebuild). */
export interface LibraryResources {
  /** Word vectors for matching words close in meaning; null ranks on exact words only. */
  readonly vectors: WordVectors | null;
  /** WordNet's related words; null matches on exact words and vectors only. */
  readonly related: RelatedWords | null;
  /** WordNet's antonyms, which are never taken as paraphrases; null disables that check. */
  readonly antonyms: RelatedWords | null;
  /** Nouns that name people ("diplomat"), for questions that describe someone; null reads names and roles only. */
  readonly personNouns: ReadonlySet<string> | null;
  /** What each noun is a kind of ("television" → medium); null reads no categories. */
  readonly kinds: RelatedWords | null;
  /** WordNet's words of less common senses ("hold" → detention), a ranking hint; null leaves them out. */
  readonly rarelyRelated: RelatedWords | null;
  /** WordNet's words of a noun's senses only ("head" → chief, not continue); null leaves them out. */
  readonly nounRelated: RelatedWords | null;
  /** WordNet's names of several words for a noun ("exit" → way_out); null reads none. */
  readonly nounPhrases: RelatedWords | null;
}

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
  /** The distinct lower-case content words of each sentence, by sentence id (for word vectors). */
  readonly wordsBySentence: readonly (readonly string[])[];
  /** The corpus words that have vectors. */
  readonly vocabulary: Vocabulary;
  readonly vectors: WordVectors | null;
  readonly related: RelatedWords | null;
  readonly antonyms: RelatedWords | null;
  readonly personNouns: ReadonlySet<string> | null;
  readonly kinds: RelatedWords | null;
  readonly rarelyRelated: RelatedWords | null;
  readonly nounRelated: RelatedWords | null;
  readonly nounPhrases: RelatedWords | null;
  /** Who is in the articles: people, organisations, governments, armies, outlets, and their mentions. */
  readonly actors: ActorTable;
  /** The actor ids each sentence mentions (by name, title, pronoun or role), by sentence id. */
  readonly actorsBySentence: readonly (readonly string[])[];
  readonly index: MiniSearch<IndexedSentence>;
}

export const NO_RESOURCES: LibraryResources = {
  vectors: null,
  related: null,
  antonyms: null,
  personNouns: null,
  kinds: null,
  rarelyRelated: null,
  nounRelated: null,
  nounPhrases: null,
};

let resourcesLoad: Promise<LibraryResources> | null = null;

/**
 * The word vectors and WordNet relations (each from its on-disk cache after the first run). They
 * never change while the process runs, so they are read once per process and shared; a failed read
 * is not kept, so the next call tries again.
 */
export function loadLibraryResources(): Promise<LibraryResources> {
  resourcesLoad ??= Promise.all([loadWordVectors(), loadWordNet()]).then(
    ([vectors, wordNet]) => ({ vectors, ...wordNet }),
    (error: unknown) => {
      resourcesLoad = null;
      throw error;
    },
  );
  return resourcesLoad;
}

export function buildLibrary(
  articles: readonly Article[],
  resources: LibraryResources = NO_RESOURCES,
  overrides: ActorOverrides = NO_OVERRIDES,
): Library {
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
  const actors = actorsOf(articles, sentences, overrides);
  const actorsBySentence = sentences.map((): string[] => []);
  for (const actor of actors.actors) {
    for (const mention of actor.mentions) {
      const list = actorsBySentence[mention.sentenceId];
      if (list && !list.includes(actor.id)) list.push(actor.id);
    }
  }
  const wordsBySentence = sentences.map((sentence) => contentWordsOf(sentence.text));
  const vocabulary = vocabularyOf(wordsBySentence, resources.vectors);
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
    wordsBySentence,
    vocabulary,
    vectors: resources.vectors,
    related: resources.related,
    antonyms: resources.antonyms,
    personNouns: resources.personNouns,
    kinds: resources.kinds,
    rarelyRelated: resources.rarelyRelated,
    nounRelated: resources.nounRelated,
    nounPhrases: resources.nounPhrases,
    actors,
    actorsBySentence,
    index,
  };
}

function contentWordsOf(text: string): string[] {
  const words = new Set<string>();
  for (const token of tokensOf(text)) {
    if (termOf(token) !== null) words.add(token.replace(/\./g, '').toLowerCase());
  }
  return [...words];
}

function vocabularyOf(
  wordsBySentence: readonly (readonly string[])[],
  vectors: WordVectors | null,
): Vocabulary {
  if (!vectors) return { terms: [], vectors: new Int8Array(0), dimensions: 0 };
  const rows = new Map<string, { term: string; vector: Int8Array }>();
  for (const words of wordsBySentence) {
    for (const word of words) {
      if (rows.has(word)) continue;
      const vector = vectors.vectorOf(word);
      const term = termOf(word);
      if (vector && term) rows.set(word, { term, vector });
    }
  }
  const flat = new Int8Array(rows.size * vectors.dimensions);
  [...rows.values()].forEach((row, index) => flat.set(row.vector, index * vectors.dimensions));
  return { terms: [...rows.values()].map((row) => row.term), vectors: flat, dimensions: vectors.dimensions };
}

export type LibraryLoad =
  | { readonly ok: true; readonly library: Library }
  | { readonly ok: false; readonly problems: readonly CorpusProblem[] };

/** Loads the corpus folder and builds its library, or returns every problem found. */
export async function loadLibrary(
  dir: string,
  options: CorpusLoadOptions = DEFAULT_CORPUS_LOAD_OPTIONS,
): Promise<LibraryLoad> {
  const [inputs, resources] = await Promise.all([loadCorpusInputs(dir, options), loadLibraryResources()]);
  if (!inputs.ok) return inputs;
  return { ok: true, library: buildLibrary(inputs.articles, resources, inputs.overrides) };
}

export type CorpusInputs =
  | { readonly ok: true; readonly articles: readonly Article[]; readonly overrides: ActorOverrides }
  | { readonly ok: false; readonly problems: readonly CorpusProblem[] };

/** The articles of a corpus folder and its actor overrides, or every problem in either. */
export async function loadCorpusInputs(
  dir: string,
  options: CorpusLoadOptions = DEFAULT_CORPUS_LOAD_OPTIONS,
): Promise<CorpusInputs> {
  const [corpus, overrides] = await Promise.all([loadCorpus(dir, options), loadActorOverrides(dir)]);
  const problems = [...(corpus.ok ? [] : corpus.problems), ...(overrides.ok ? [] : overrides.problems)];
  if (!corpus.ok || !overrides.ok) return { ok: false, problems };
  return { ok: true, articles: corpus.articles, overrides: overrides.overrides };
}
