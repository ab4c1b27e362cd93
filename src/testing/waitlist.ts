interface Waiter<T> {
  readonly matches: (item: T) => boolean;
  readonly resolve: (item: T) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * Promises that resolve when a matching item is offered, each bounded by its own timeout. Every
 * timer is cleared when its promise settles, and `cancelAll` settles the rest, so nothing outlives
 * the fake.
 */
export class Waitlist<T> {
  readonly #waiters = new Set<Waiter<T>>();

  /** Resolves with the first item offered after this call that `matches`; rejects after `timeoutMs`. */
  wait(matches: (item: T) => boolean, timeoutMs: number, describeTimeout: () => string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        matches,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.#waiters.delete(waiter);
          reject(new Error(describeTimeout()));
        }, timeoutMs),
      };
      this.#waiters.add(waiter);
    });
  }

  offer(item: T): void {
    for (const waiter of [...this.#waiters]) {
      let matched: boolean;
      try {
        matched = waiter.matches(item);
      } catch (error) {
        this.#settle(waiter);
        waiter.reject(error instanceof Error ? error : new Error(String(error)));
        continue;
      }
      if (matched) {
        this.#settle(waiter);
        waiter.resolve(item);
      }
    }
  }

  cancelAll(reason: string): void {
    for (const waiter of [...this.#waiters]) {
      this.#settle(waiter);
      waiter.reject(new Error(reason));
    }
  }

  #settle(waiter: Waiter<T>): void {
    clearTimeout(waiter.timer);
    this.#waiters.delete(waiter);
  }
}
