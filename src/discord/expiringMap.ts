/** Options for `ExpiringMap`. */
export interface ExpiringMapOptions {
  /** How long an entry lives after it is set, in ms. */
  readonly ttlMs: number;
  /** Most entries kept; setting one more evicts the oldest. */
  readonly maxEntries: number;
  /** The clock (ms). Default `Date.now`; tests pass their own. */
  readonly now?: () => number;
}

/**
 * A bounded map whose entries expire: memory stays under `maxEntries` whatever the traffic, and no
 * timer is kept running (expired entries are dropped when touched or when space is needed).
 */
export class ExpiringMap<K, V> {
  readonly #entries = new Map<K, { value: V; expiresAt: number }>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(options: ExpiringMapOptions) {
    if (!(options.ttlMs > 0) || !(options.maxEntries >= 1)) {
      throw new RangeError('ExpiringMap needs ttlMs > 0 and maxEntries >= 1');
    }
    this.#ttlMs = options.ttlMs;
    this.#maxEntries = Math.floor(options.maxEntries);
    this.#now = options.now ?? Date.now;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The value, or undefined when it was never set, has expired or was evicted. */
  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Sets `key`, which then lives `ttlMs` from now (a reset re-inserts it as the newest). */
  set(key: K, value: V): void {
    const now = this.#now();
    this.#entries.delete(key);
    this.#dropExpired(now);
    while (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done === true) break;
      this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, { value, expiresAt: now + this.#ttlMs });
  }

  /** Replaces the value of a live entry without extending its life; false when there is none. */
  update(key: K, value: V): boolean {
    const entry = this.#entries.get(key);
    if (entry === undefined || entry.expiresAt <= this.#now()) return false;
    entry.value = value;
    return true;
  }

  delete(key: K): boolean {
    return this.#entries.delete(key);
  }

  /** Entries are in insertion order and all share one ttl, so the expired ones are at the front. */
  #dropExpired(now: number): void {
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt > now) break;
      this.#entries.delete(key);
    }
  }
}
