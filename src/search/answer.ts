import type { Library } from '../library';
import type { Sentence } from '../corpus/types';
import { termsOf } from './analysis';
import { TUNING } from './tuning';
import type { Answer, AnswerOptions, Passage } from './types';

export const DEFAULT_ANSWER_OPTIONS: AnswerOptions = { top: 3, article: null, context: 1 };

/** A sentence considered for the answer, with the evidence that ranks it. */
interface Candidate {
  readonly sentence: Sentence;
  /** MiniSearch's BM25 score, divided by the best one for this question. */
  readonly lexical: number;
  /** Share of the question's idf-weighted terms this sentence (or its article title) contains. */
  readonly coverage: number;
  readonly score: number;
}

/**
 * Answers a question from the library: the best sentences, each with its source, and whether they
 * answer it. Pure: the same library and question always give the same Answer.
 */
export function answer(library: Library, question: string, options: Partial<AnswerOptions> = {}): Answer {
  const settings: AnswerOptions = { ...DEFAULT_ANSWER_OPTIONS, ...options };
  const asked = question.trim();
  if (asked === '') return { question, answered: false, status: 'empty-question', passages: [] };
  if (settings.article !== null && !library.articles.has(settings.article)) {
    return { question, answered: false, status: 'unknown-article', passages: [] };
  }
  const questionTerms = [...new Set(termsOf(asked))];
  if (questionTerms.length === 0) return { question, answered: false, status: 'not-found', passages: [] };

  const ranked = rankCandidates(library, questionTerms, settings.article);
  const chosen = distinctByText(ranked).slice(0, Math.max(0, settings.top));
  const best = chosen[0];
  const answered = best !== undefined && best.coverage >= TUNING.minCoverage;
  return {
    question,
    answered,
    status: answered ? 'answered' : 'not-found',
    passages: chosen.map((candidate) => passageOf(library, candidate, settings.context)),
  };
}

function rankCandidates(
  library: Library,
  questionTerms: readonly string[],
  article: string | null,
): Candidate[] {
  const hits = library.index.search(questionTerms.join(' '), {
    combineWith: 'OR',
    boost: TUNING.boost,
    fuzzy: (term) => (term.length >= TUNING.fuzzyMinLength ? TUNING.fuzzy : false),
    weights: { fuzzy: TUNING.fuzzyWeight, prefix: 0 },
    filter: article === null ? undefined : (result) => result['articleId'] === article,
  });
  const lexicalById = new Map<number, { score: number; queryTerms: readonly string[] }>();
  for (const hit of hits) lexicalById.set(hit.id as number, { score: hit.score, queryTerms: hit.queryTerms });
  const bestScore = hits[0]?.score ?? 1;

  // Within one article every sentence is a candidate: one with no word in common still ranks by position.
  const ids = article === null ? [...lexicalById.keys()] : (library.sentencesByArticle.get(article) ?? []);
  const weightOf = (term: string): number => inverseDocumentFrequency(library, term);
  const totalWeight = questionTerms.reduce((sum, term) => sum + weightOf(term), 0);

  const candidates = ids.map((id): Candidate => {
    const sentence = library.sentences[id] as Sentence;
    const lexical = (lexicalById.get(id)?.score ?? 0) / bestScore;
    const coverage = coverageOf(
      library,
      sentence,
      questionTerms,
      lexicalById.get(id)?.queryTerms ?? [],
      weightOf,
    );
    const position = 1 / Math.sqrt(sentence.sentence);
    const score =
      TUNING.weights.lexical * lexical +
      TUNING.weights.coverage * (coverage / totalWeight) +
      TUNING.weights.position * position;
    return { sentence, lexical, coverage: coverage / totalWeight, score };
  });
  return candidates.sort((a, b) => b.score - a.score || a.sentence.id - b.sentence.id);
}

/** The idf-weighted sum of the question terms this sentence carries (title and fuzzy matches count less). */
function coverageOf(
  library: Library,
  sentence: Sentence,
  questionTerms: readonly string[],
  matchedQueryTerms: readonly string[],
  weightOf: (term: string) => number,
): number {
  const terms = library.termsBySentence[sentence.id] as ReadonlySet<string>;
  const title = library.titleTerms.get(sentence.articleId);
  let covered = 0;
  for (const term of questionTerms) {
    if (terms.has(term)) covered += weightOf(term);
    else if (title?.has(term)) covered += TUNING.titleWeight * weightOf(term);
    else if (matchedQueryTerms.includes(term)) covered += TUNING.fuzzyWeight * weightOf(term);
  }
  return covered;
}

function inverseDocumentFrequency(library: Library, term: string): number {
  const count = library.documentFrequency.get(term) ?? 0;
  return Math.log(1 + (library.sentences.length + 1) / (count + 0.5));
}

/** The same sentence printed twice (syndicated copies) is shown once. */
function distinctByText(candidates: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((candidate) => {
    const key = candidate.sentence.text.replace(/\s+/g, ' ').toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function passageOf(library: Library, candidate: Candidate, context: number): Passage {
  const { sentence } = candidate;
  const article = library.articles.get(sentence.articleId);
  const siblings = library.sentencesByArticle.get(sentence.articleId) ?? [];
  const at = siblings.indexOf(sentence.id);
  const inParagraph = (id: number): boolean => library.sentences[id]?.paragraph === sentence.paragraph;
  const textOf = (id: number): string => (library.sentences[id] as Sentence).text;
  return {
    sentenceId: sentence.id,
    articleId: sentence.articleId,
    title: article?.title ?? sentence.articleId,
    url: article?.url ?? null,
    paragraph: sentence.paragraph,
    sentence: sentence.sentence,
    text: sentence.text,
    start: sentence.start,
    end: sentence.end,
    score: Math.round(candidate.score * 1000) / 1000,
    attribution: sentence.attribution?.source ?? null,
    before: siblings
      .slice(Math.max(0, at - context), at)
      .filter(inParagraph)
      .map(textOf),
    after: siblings
      .slice(at + 1, at + 1 + context)
      .filter(inParagraph)
      .map(textOf),
  };
}
