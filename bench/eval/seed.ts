/**
 * Our own questions about the seed article (bench/questions/*.jsonl) and their scoring.
 *
 * A line is `{"question": "...", "article"?: "...", "gold": ["exact substring of the right sentence"]}`;
 * `gold: []` means the article does not answer it. Each gold string must lie inside exactly one
 * sentence of the library, so a passage is right when it contains a gold occurrence.
 */
import type { Article, Sentence } from '../../src/corpus/types';
import { abstention, rankingScores } from './metrics';
import type { AbstentionScores, RankingScores } from './metrics';

export interface SeedQuestion {
  /** 1-based line in the questions file. */
  readonly line: number;
  readonly question: string;
  readonly article: string | null;
  readonly gold: readonly string[];
}

/** Where a gold string sits: one article, one character range. */
export interface GoldSpan {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
}

export interface VerifiedQuestion extends SeedQuestion {
  readonly goldSpans: readonly GoldSpan[];
}

/** Reads the JSON Lines file; blank lines are skipped. Returns every problem found. */
export function parseQuestions(
  jsonl: string,
): { ok: true; questions: SeedQuestion[] } | { ok: false; problems: string[] } {
  const questions: SeedQuestion[] = [];
  const problems: string[] = [];
  jsonl.split(/\r?\n/).forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      problems.push(`line ${line}: not JSON (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    if (typeof value !== 'object' || value === null) {
      problems.push(`line ${line}: expected an object`);
      return;
    }
    const record = value as Record<string, unknown>;
    const { question, article, gold } = record;
    const unknownKeys = Object.keys(record).filter((key) => !['question', 'article', 'gold'].includes(key));
    if (typeof question !== 'string' || question.trim() === '')
      problems.push(`line ${line}: "question" must be a non-empty string`);
    else if (article !== undefined && typeof article !== 'string')
      problems.push(`line ${line}: "article" must be a string`);
    else if (!Array.isArray(gold) || !gold.every((g): g is string => typeof g === 'string' && g.length > 0))
      problems.push(`line ${line}: "gold" must be an array of non-empty strings`);
    else if (unknownKeys.length > 0) problems.push(`line ${line}: unknown keys ${unknownKeys.join(', ')}`);
    else questions.push({ line, question, article: article ?? null, gold });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, questions };
}

/**
 * Checks every gold string against the library: it must occur in exactly one sentence (of the
 * question's article when it names one), exactly once. Returns the questions with their gold spans.
 */
export function verifyGold(
  questions: readonly SeedQuestion[],
  articles: ReadonlyMap<string, Article>,
  sentences: readonly Sentence[],
): { ok: true; questions: VerifiedQuestion[] } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const verified: VerifiedQuestion[] = [];
  for (const question of questions) {
    const where = `line ${question.line}`;
    if (question.article !== null && !articles.has(question.article)) {
      problems.push(`${where}: unknown article "${question.article}"`);
      continue;
    }
    const pool = sentences.filter((s) => question.article === null || s.articleId === question.article);
    const goldSpans: GoldSpan[] = [];
    for (const gold of question.gold) {
      const holders = pool.filter((s) => s.text.includes(gold));
      const holder = holders[0];
      if (holder === undefined || holders.length > 1) {
        problems.push(
          `${where}: gold "${gold}" is in ${holders.length} sentences; it must be in exactly one`,
        );
        continue;
      }
      const at = holder.text.indexOf(gold);
      if (holder.text.indexOf(gold, at + 1) !== -1) {
        problems.push(`${where}: gold "${gold}" occurs twice in one sentence; make it longer`);
        continue;
      }
      goldSpans.push({
        articleId: holder.articleId,
        start: holder.start + at,
        end: holder.start + at + gold.length,
      });
    }
    verified.push({ ...question, goldSpans });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, questions: verified };
}

/** A returned passage, reduced to what scoring needs. */
export interface ScoredPassage {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface SeedRun {
  readonly answered: boolean;
  readonly passages: readonly ScoredPassage[];
}

/** A passage is right when it contains one of the question's gold occurrences. */
export function isRightPassage(question: VerifiedQuestion, passage: ScoredPassage): boolean {
  return question.goldSpans.some(
    (gold) => gold.articleId === passage.articleId && passage.start <= gold.start && gold.end <= passage.end,
  );
}

export type FailureKind = 'wrong first' | 'declined' | 'answered (should decline)';

export interface SeedFailure {
  readonly kind: FailureKind;
  readonly line: number;
  readonly question: string;
  /** The first gold string, or null for an unanswerable question. */
  readonly expected: string | null;
  /** The first passage returned, or null when none was. */
  readonly first: string | null;
  /** 1-based rank of the first right passage, or null. */
  readonly rightAt: number | null;
}

export interface SeedScores {
  readonly ranking: RankingScores;
  readonly abstention: AbstentionScores;
  readonly questions: number;
  readonly failures: readonly SeedFailure[];
}

/** Scores one system's runs; `runs[i]` answers `questions[i]`. */
export function scoreSeed(questions: readonly VerifiedQuestion[], runs: readonly SeedRun[]): SeedScores {
  const lists: boolean[][] = [];
  const outcomes: { answerable: boolean; answered: boolean }[] = [];
  const failures: SeedFailure[] = [];
  questions.forEach((question, index) => {
    const run = runs[index] ?? { answered: false, passages: [] };
    const answerable = question.goldSpans.length > 0;
    outcomes.push({ answerable, answered: run.answered });
    const ranked = run.passages.map((passage) => isRightPassage(question, passage));
    if (answerable) lists.push(ranked);
    const kind: FailureKind | null = !answerable
      ? run.answered
        ? 'answered (should decline)'
        : null
      : ranked[0] !== true
        ? 'wrong first'
        : !run.answered
          ? 'declined'
          : null;
    if (kind === null) return;
    const rightAt = ranked.indexOf(true);
    failures.push({
      kind,
      line: question.line,
      question: question.question,
      expected: question.gold[0] ?? null,
      first: run.passages[0]?.text ?? null,
      rightAt: rightAt === -1 ? null : rightAt + 1,
    });
  });
  return {
    ranking: rankingScores(lists),
    abstention: abstention(outcomes),
    questions: questions.length,
    failures,
  };
}
