/**
 * The durations of the last few answers. Answering is synchronous, so a timer cannot interrupt it to
 * defer: when recent answers were slow (a large corpus), the reply is deferred before the work starts.
 */
export class RecentDurations {
  readonly #durations: number[] = [];
  readonly #size: number;

  /** Keeps the last `size` durations. Default 20. */
  constructor(size = 20) {
    this.#size = size;
  }

  record(ms: number): void {
    this.#durations.push(ms);
    if (this.#durations.length > this.#size) this.#durations.shift();
  }

  /** The longest recent duration (0 before any). */
  get recentMax(): number {
    return this.#durations.reduce((max, ms) => Math.max(max, ms), 0);
  }

  /** Times `work` (sync or async) and records how long it took. */
  async time<T>(work: () => T | Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.record(performance.now() - started);
    }
  }
}
