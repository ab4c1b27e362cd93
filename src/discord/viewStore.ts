import { randomBytes } from 'node:crypto';
import { ExpiringMap } from './expiringMap';

export interface ViewStoreOptions {
  /** How long a message's buttons work. Default 15 minutes. */
  readonly ttlMs: number;
  /** Most states remembered; the oldest go first. Default 5000 (a few MB at most). */
  readonly maxEntries: number;
  readonly now?: () => number;
}

export const DEFAULT_VIEW_STORE_OPTIONS: ViewStoreOptions = { ttlMs: 15 * 60_000, maxEntries: 5000 };

/**
 * What the buttons under recent replies need (who asked, the data, how it is shown), by a short
 * random key that the buttons' custom ids carry. Bounded in size and age.
 */
export class ViewStore<S> {
  readonly #states: ExpiringMap<string, S>;
  readonly ttlMs: number;

  constructor(options: ViewStoreOptions = DEFAULT_VIEW_STORE_OPTIONS) {
    this.ttlMs = options.ttlMs;
    this.#states = new ExpiringMap(options);
  }

  /** A fresh key for a state about to be remembered. */
  newKey(): string {
    return randomBytes(6).toString('base64url');
  }

  remember(key: string, state: S): void {
    this.#states.set(key, state);
  }

  /** The state, or undefined once expired. */
  get(key: string): S | undefined {
    return this.#states.get(key);
  }

  /** Changes the state of a live entry (its expiry stays where it was). */
  update(key: string, state: S): boolean {
    return this.#states.update(key, state);
  }

  get size(): number {
    return this.#states.size;
  }
}
