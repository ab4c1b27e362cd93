import { randomBytes } from 'node:crypto';
import type { Answer } from '../search/types';
import { ExpiringMap } from './expiringMap';
import type { AnswerView } from './renderAnswer';
import type { Surroundings } from './surroundings';

/** What the buttons under one answer need: who asked, the answer (with the passages not shown yet), the view. */
export interface AnswerState {
  readonly askerId: string;
  readonly answer: Answer;
  readonly view: AnswerView;
  /** What Show context reveals around the first passage. */
  readonly topContext: Surroundings | null;
  /** How many more passages one press of More shows. */
  readonly moreStep: number;
}

export interface AnswerStoreOptions {
  /** How long an answer's buttons work. Default 15 minutes. */
  readonly ttlMs: number;
  /** Most answers remembered; the oldest go first. Default 5000 (a few MB at most). */
  readonly maxEntries: number;
  readonly now?: () => number;
}

export const DEFAULT_ANSWER_STORE_OPTIONS: AnswerStoreOptions = { ttlMs: 15 * 60_000, maxEntries: 5000 };

/** Recent answers by a short random key, which the buttons' custom ids carry. Bounded in size and age. */
export class AnswerStore {
  readonly #states: ExpiringMap<string, AnswerState>;
  readonly ttlMs: number;

  constructor(options: AnswerStoreOptions = DEFAULT_ANSWER_STORE_OPTIONS) {
    this.ttlMs = options.ttlMs;
    this.#states = new ExpiringMap(options);
  }

  /** A fresh key for an answer about to be remembered. */
  newKey(): string {
    return randomBytes(6).toString('base64url');
  }

  remember(key: string, state: AnswerState): void {
    this.#states.set(key, state);
  }

  /** The state, or undefined once expired. */
  get(key: string): AnswerState | undefined {
    return this.#states.get(key);
  }

  /** Changes the view of a live answer (its expiry stays where it was). */
  update(key: string, state: AnswerState): boolean {
    return this.#states.update(key, state);
  }

  get size(): number {
    return this.#states.size;
  }
}
