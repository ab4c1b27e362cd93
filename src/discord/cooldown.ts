import type { CooldownSetting } from '../config';

export type CooldownVerdict =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * A per-user sliding window: each user may start `limit` questions in any `windowSeconds`. A user
 * over the limit is told when the oldest of their questions leaves the window; other users are not
 * affected. Memory holds at most `limit` timestamps per user seen within the last window.
 */
export class Cooldown {
  readonly #setting: CooldownSetting | null;
  readonly #now: () => number;
  readonly #recent = new Map<string, number[]>();
  #lastSweep = 0;

  /** `setting` null turns the cooldown off. */
  constructor(setting: CooldownSetting | null, now: () => number = Date.now) {
    this.#setting = setting;
    this.#now = now;
  }

  /** Counts one question for `userId` if the window allows it; otherwise says how long to wait. */
  take(userId: string): CooldownVerdict {
    if (this.#setting === null) return { allowed: true };
    const now = this.#now();
    const windowMs = this.#setting.windowSeconds * 1000;
    this.#sweep(now, windowMs);
    const times = (this.#recent.get(userId) ?? []).filter((time) => time > now - windowMs);
    if (times.length >= this.#setting.limit) {
      this.#recent.set(userId, times);
      const oldest = times[0] ?? now;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)) };
    }
    times.push(now);
    this.#recent.set(userId, times);
    return { allowed: true };
  }

  /** Users tracked right now (for tests and metrics). */
  get trackedUsers(): number {
    return this.#recent.size;
  }

  /** Once per window, forgets users whose every question has left it. */
  #sweep(now: number, windowMs: number): void {
    if (now - this.#lastSweep < windowMs) return;
    this.#lastSweep = now;
    for (const [userId, times] of this.#recent) {
      if ((times[times.length - 1] ?? 0) <= now - windowMs) this.#recent.delete(userId);
    }
  }
}
