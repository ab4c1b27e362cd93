/**
 * The WikiQA dev split as articles, and its scoring protocol (README in ../shared/data).
 *
 * Each WikiQA summary becomes one `Article` whose text is its sentences joined by single spaces (one
 * paragraph). Our splitter may cut that text differently from WikiQA, so passages are mapped back to
 * WikiQA sentences by character-span overlap, never by sentence number.
 */
import type { Article } from '../../src/corpus/types';
import { answerTriggering, meanAveragePrecision, meanReciprocalRank } from './metrics';
import type { RankedList, TriggeringScores, TriggerOutcome } from './metrics';

/** A half-open character range [start, end) in a summary's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface WikiQASentence extends Span {
  /** WikiQA SentenceID, e.g. "D8-3". */
  readonly id: string;
  readonly text: string;
}

/** One Wikipedia summary (WikiQA DocumentID), shared by every question asked about it. */
export interface WikiQADocument {
  readonly id: string;
  readonly title: string;
  /** The sentences joined by single spaces. */
  readonly text: string;
  readonly sentences: readonly WikiQASentence[];
}

export interface WikiQAQuestion {
  readonly id: string;
  readonly question: string;
  readonly documentId: string;
  /** `labels[i]` says whether `document.sentences[i]` answers the question. */
  readonly labels: readonly boolean[];
}

export interface WikiQASet {
  readonly documents: ReadonlyMap<string, WikiQADocument>;
  readonly questions: readonly WikiQAQuestion[];
}

const COLUMNS = ['QuestionID', 'Question', 'DocumentID', 'DocumentTitle', 'SentenceID', 'Sentence', 'Label'];

interface Row {
  readonly questionId: string;
  readonly question: string;
  readonly documentId: string;
  readonly title: string;
  readonly sentenceId: string;
  readonly sentence: string;
  readonly label: boolean;
}

/**
 * Reads the WikiQA TSV. Fields are split on tabs only: quotes are not escaped in this file.
 * Returns every problem found rather than stopping at the first.
 */
export function parseWikiQA(tsv: string): { ok: true; set: WikiQASet } | { ok: false; problems: string[] } {
  const lines = tsv.split(/\r?\n/);
  const problems: string[] = [];
  const header = (lines[0] ?? '').split('\t');
  if (header.join('\t') !== COLUMNS.join('\t')) {
    return {
      ok: false,
      problems: [`line 1: expected header ${COLUMNS.join(', ')}; got ${header.join(', ')}`],
    };
  }
  const rows: Row[] = [];
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `line ${index + 2}`;
    const fields = line.split('\t');
    const [questionId, question, documentId, title, sentenceId, sentence, label] = fields;
    if (
      fields.length !== COLUMNS.length ||
      questionId === undefined ||
      question === undefined ||
      documentId === undefined ||
      title === undefined ||
      sentenceId === undefined ||
      sentence === undefined ||
      label === undefined
    ) {
      problems.push(`${where}: expected ${COLUMNS.length} tab-separated fields, got ${fields.length}`);
      return;
    }
    if (label !== '0' && label !== '1') {
      problems.push(`${where}: label must be 0 or 1, got "${label}"`);
      return;
    }
    rows.push({ questionId, question, documentId, title, sentenceId, sentence, label: label === '1' });
  });
  if (problems.length > 0) return { ok: false, problems };
  return assemble(rows);
}

function assemble(rows: readonly Row[]): { ok: true; set: WikiQASet } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  // Rows of one question are contiguous and in sentence order; group while keeping first-seen order.
  const byQuestion = new Map<string, Row[]>();
  for (const row of rows) {
    const group = byQuestion.get(row.questionId);
    if (group === undefined) byQuestion.set(row.questionId, [row]);
    else group.push(row);
  }
  const documents = new Map<string, WikiQADocument>();
  const questions: WikiQAQuestion[] = [];
  for (const [questionId, group] of byQuestion) {
    const first = group[0];
    if (first === undefined) continue;
    if (group.some((row) => row.documentId !== first.documentId || row.question !== first.question)) {
      problems.push(`${questionId}: rows disagree on the question or its document`);
      continue;
    }
    const candidate = documentOf(first.documentId, first.title, group);
    const known = documents.get(first.documentId);
    if (known === undefined) documents.set(candidate.id, candidate);
    else if (known.text !== candidate.text || known.title !== candidate.title) {
      problems.push(`${questionId}: document ${first.documentId} differs from an earlier question's copy`);
      continue;
    }
    questions.push({
      id: questionId,
      question: first.question,
      documentId: first.documentId,
      labels: group.map((row) => row.label),
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, set: { documents, questions } };
}

function documentOf(id: string, title: string, rows: readonly Row[]): WikiQADocument {
  const sentences: WikiQASentence[] = [];
  let offset = 0;
  for (const row of rows) {
    sentences.push({
      id: row.sentenceId,
      text: row.sentence,
      start: offset,
      end: offset + row.sentence.length,
    });
    offset += row.sentence.length + 1;
  }
  return { id, title, text: rows.map((row) => row.sentence).join(' '), sentences };
}

/** The summary as a corpus article, as the held-out judge builds it. */
export function articleOf(document: WikiQADocument): Article {
  return {
    id: document.id,
    title: document.title,
    publisher: null,
    url: null,
    date: null,
    file: `${document.id}.md`,
    text: document.text,
  };
}

/** Indexes of the WikiQA sentences that share at least one character with `span`. */
export function sentencesOverlapping(document: WikiQADocument, span: Span): number[] {
  const found: number[] = [];
  document.sentences.forEach((sentence, index) => {
    if (span.start < sentence.end && sentence.start < span.end) found.push(index);
  });
  return found;
}

/**
 * The whole summary ranked at the WikiQA-sentence level: the sentences the passages overlap, in
 * passage rank order without repeats, then every other sentence in article order.
 */
export function wikiQARanking(document: WikiQADocument, passages: readonly (Span | null)[]): number[] {
  const ranking: number[] = [];
  const seen = new Set<number>();
  const take = (index: number): void => {
    if (seen.has(index)) return;
    seen.add(index);
    ranking.push(index);
  };
  for (const span of passages) if (span !== null) sentencesOverlapping(document, span).forEach(take);
  document.sentences.forEach((_sentence, index) => take(index));
  return ranking;
}

/**
 * Where a quoted passage sits in the summary: its first occurrence not already claimed by an earlier
 * passage of the same answer, else its first occurrence, else (whitespace differences) a
 * whitespace-insensitive match; null when the text is not in the summary.
 */
export function locatePassage(
  document: WikiQADocument,
  text: string,
  claimed: readonly Span[] = [],
): Span | null {
  if (text.length === 0) return null;
  let first: Span | null = null;
  for (let at = document.text.indexOf(text); at !== -1; at = document.text.indexOf(text, at + 1)) {
    const span = { start: at, end: at + text.length };
    first ??= span;
    if (!claimed.some((c) => c.start === span.start && c.end === span.end)) return span;
  }
  if (first !== null) return first;
  const words = text.trim().split(/\s+/).map(escapeRegExp);
  const match = new RegExp(words.join('\\s+')).exec(document.text);
  return match === null ? null : { start: match.index, end: match.index + match[0].length };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What a system returned for one question: whether it answered, and its passages in rank order. */
export interface SystemRun {
  readonly answered: boolean;
  /** Each passage's span in the summary text; null for a passage that could not be placed. */
  readonly passages: readonly (Span | null)[];
}

export interface WikiQAScores {
  /** Answer sentence selection, over questions with at least one right and one wrong sentence. */
  readonly map: number;
  readonly mrr: number;
  readonly scored: number;
  /** Over all questions. */
  readonly triggering: TriggeringScores;
  readonly questions: number;
  /** Questions the system gave no run for (counted as not answered, nothing returned). */
  readonly missing: number;
  /** Passages that could not be placed in their summary (CLI path only). */
  readonly unplaced: number;
}

/** Scores one system's runs on the set by the WikiQA protocol. */
export function scoreWikiQA(set: WikiQASet, runs: ReadonlyMap<string, SystemRun>): WikiQAScores {
  const lists: RankedList[] = [];
  const outcomes: TriggerOutcome[] = [];
  let missing = 0;
  let unplaced = 0;
  for (const question of set.questions) {
    const document = set.documents.get(question.documentId);
    if (document === undefined) throw new Error(`${question.id}: unknown document ${question.documentId}`);
    let run = runs.get(question.id);
    if (run === undefined) {
      missing += 1;
      run = { answered: false, passages: [] };
    }
    unplaced += run.passages.filter((span) => span === null).length;
    const isRight = (index: number): boolean => question.labels[index] === true;
    const relevant = question.labels.filter(Boolean).length;
    const firstSpan = run.passages[0];
    const firstIsRight =
      firstSpan !== undefined &&
      firstSpan !== null &&
      sentencesOverlapping(document, firstSpan).some(isRight);
    outcomes.push({ answerable: relevant > 0, answered: run.answered, firstIsRight });
    if (relevant > 0 && relevant < question.labels.length) {
      lists.push({ ranked: wikiQARanking(document, run.passages).map(isRight), relevant });
    }
  }
  return {
    map: meanAveragePrecision(lists),
    mrr: meanReciprocalRank(lists),
    scored: lists.length,
    triggering: answerTriggering(outcomes),
    questions: set.questions.length,
    missing,
    unplaced,
  };
}
