/**
 * Pure scoring functions for the evaluation: ranked lists of booleans in, numbers out.
 * An empty aggregate is NaN (rendered "n/a"; `JSON.stringify` writes it as null) rather than a
 * misleading 0, and every aggregate carries the count it was taken over.
 */

/** One ranked list: `ranked[k]` says whether the item at rank k+1 is right. */
export interface RankedList {
  readonly ranked: readonly boolean[];
  /** How many right items exist in total (also those not in `ranked`). */
  readonly relevant: number;
}

/** Mean of a list of numbers; NaN when the list is empty. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Average precision: the mean, over all `relevant` items, of precision at each right item's rank. */
export function averagePrecision(ranked: readonly boolean[], relevant: number): number {
  if (relevant <= 0) return 0;
  let hits = 0;
  let sum = 0;
  ranked.forEach((right, index) => {
    if (!right) return;
    hits += 1;
    sum += hits / (index + 1);
  });
  return sum / relevant;
}

/** 1 / rank of the first right item; 0 when none is ranked. */
export function reciprocalRank(ranked: readonly boolean[]): number {
  const first = ranked.indexOf(true);
  return first === -1 ? 0 : 1 / (first + 1);
}

/** Whether a right item is within the first `k`. */
export function hitAt(ranked: readonly boolean[], k: number): boolean {
  return ranked.slice(0, k).includes(true);
}

/** Mean average precision over lists. */
export function meanAveragePrecision(lists: readonly RankedList[]): number {
  return mean(lists.map((list) => averagePrecision(list.ranked, list.relevant)));
}

/** Mean reciprocal rank over lists. */
export function meanReciprocalRank(lists: readonly RankedList[]): number {
  return mean(lists.map((list) => reciprocalRank(list.ranked)));
}

/** What a system did with one question, for answer triggering and abstention. */
export interface TriggerOutcome {
  /** The question has at least one right sentence. */
  readonly answerable: boolean;
  /** The system said it answered. */
  readonly answered: boolean;
  /** The system's first passage is a right sentence. */
  readonly firstIsRight: boolean;
}

export interface TriggeringScores {
  /** Correct triggers / questions answered. */
  readonly precision: number;
  /** Correct triggers / answerable questions. */
  readonly recall: number;
  readonly f1: number;
  readonly answered: number;
  readonly answerable: number;
  /** Answered, and the first passage is right. */
  readonly correct: number;
}

/** Answer triggering (WikiQA protocol): a correct trigger is "answered and the first passage is right". */
export function answerTriggering(outcomes: readonly TriggerOutcome[]): TriggeringScores {
  const answered = outcomes.filter((o) => o.answered).length;
  const answerable = outcomes.filter((o) => o.answerable).length;
  const correct = outcomes.filter((o) => o.answered && o.answerable && o.firstIsRight).length;
  const precision = answered === 0 ? NaN : correct / answered;
  const recall = answerable === 0 ? NaN : correct / answerable;
  // With no correct trigger F1 is 0 even when precision is undefined (nothing answered).
  const f1 = correct === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, answered, answerable, correct };
}

export interface AbstentionScores {
  /** Unanswerable questions flagged not answered / unanswerable questions. Higher is better. */
  readonly abstention: number;
  /** Answerable questions flagged not answered / answerable questions. Lower is better. */
  readonly falseAbstention: number;
  readonly unanswerable: number;
  readonly answerable: number;
}

/** How often the system declines, split by whether it should have. */
export function abstention(
  outcomes: readonly Pick<TriggerOutcome, 'answerable' | 'answered'>[],
): AbstentionScores {
  const unanswerable = outcomes.filter((o) => !o.answerable);
  const answerable = outcomes.filter((o) => o.answerable);
  const declined = (list: typeof outcomes): number => list.filter((o) => !o.answered).length;
  return {
    abstention: unanswerable.length === 0 ? NaN : declined(unanswerable) / unanswerable.length,
    falseAbstention: answerable.length === 0 ? NaN : declined(answerable) / answerable.length,
    unanswerable: unanswerable.length,
    answerable: answerable.length,
  };
}

export interface RankingScores {
  /** First passage right, over answerable questions. */
  readonly precisionAt1: number;
  /** A right passage within the top 3, over answerable questions. */
  readonly recallAt3: number;
  readonly mrr: number;
  readonly questions: number;
}

/** P@1, R@3 (a right item within the top 3) and MRR over the given lists (pass only answerable ones). */
export function rankingScores(lists: readonly (readonly boolean[])[]): RankingScores {
  return {
    precisionAt1: mean(lists.map((ranked) => (ranked[0] === true ? 1 : 0))),
    recallAt3: mean(lists.map((ranked) => (hitAt(ranked, 3) ? 1 : 0))),
    mrr: mean(lists.map(reciprocalRank)),
    questions: lists.length,
  };
}
