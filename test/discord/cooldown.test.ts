import { Cooldown } from '../../src/discord/cooldown';
import { ExpiringMap } from '../../src/discord/expiringMap';
import { RecentDurations } from '../../src/discord/recentDurations';
import { shouldDeferFirst } from '../../src/discord/replies';

function clock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => void (time += ms) };
}

describe('Cooldown', () => {
  it('allows `limit` questions per window, then says how long to wait', () => {
    const time = clock();
    const cooldown = new Cooldown({ limit: 2, windowSeconds: 30 }, time.now);
    expect(cooldown.take('u')).toEqual({ allowed: true });
    time.advance(10_000);
    expect(cooldown.take('u')).toEqual({ allowed: true });
    time.advance(1_000);
    expect(cooldown.take('u')).toEqual({ allowed: false, retryAfterSeconds: 19 });
  });

  it('slides: a question leaves the window 30 s after it was asked', () => {
    const time = clock();
    const cooldown = new Cooldown({ limit: 2, windowSeconds: 30 }, time.now);
    cooldown.take('u');
    time.advance(10_000);
    cooldown.take('u');
    time.advance(20_000);
    expect(cooldown.take('u')).toEqual({ allowed: true });
    expect(cooldown.take('u')).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('refused attempts do not extend the wait', () => {
    const time = clock();
    const cooldown = new Cooldown({ limit: 1, windowSeconds: 5 }, time.now);
    cooldown.take('u');
    for (let i = 0; i < 10; i++) cooldown.take('u');
    time.advance(5_000);
    expect(cooldown.take('u')).toEqual({ allowed: true });
  });

  it('one user flooding does not touch another', () => {
    const time = clock();
    const cooldown = new Cooldown({ limit: 1, windowSeconds: 30 }, time.now);
    cooldown.take('flooder');
    expect(cooldown.take('flooder').allowed).toBe(false);
    expect(cooldown.take('other')).toEqual({ allowed: true });
  });

  it('forgets users whose questions have all left the window', () => {
    const time = clock();
    const cooldown = new Cooldown({ limit: 1, windowSeconds: 1 }, time.now);
    for (let i = 0; i < 100; i++) cooldown.take(`user${i}`);
    time.advance(2_000);
    cooldown.take('last');
    expect(cooldown.trackedUsers).toBe(1);
  });

  it('allows everything when off', () => {
    const cooldown = new Cooldown(null);
    for (let i = 0; i < 100; i++) expect(cooldown.take('u').allowed).toBe(true);
  });
});

describe('ExpiringMap', () => {
  it('forgets an entry after its ttl', () => {
    const time = clock();
    const map = new ExpiringMap<string, number>({ ttlMs: 1000, maxEntries: 10, now: time.now });
    map.set('a', 1);
    time.advance(999);
    expect(map.get('a')).toBe(1);
    time.advance(1);
    expect(map.get('a')).toBeUndefined();
  });

  it('never holds more than maxEntries, evicting the oldest', () => {
    const map = new ExpiringMap<number, number>({ ttlMs: 60_000, maxEntries: 3 });
    for (let i = 0; i < 10; i++) map.set(i, i);
    expect(map.size).toBe(3);
    expect(map.get(6)).toBeUndefined();
    expect(map.get(9)).toBe(9);
  });

  it('updates a live entry without extending its life', () => {
    const time = clock();
    const map = new ExpiringMap<string, number>({ ttlMs: 1000, maxEntries: 10, now: time.now });
    map.set('a', 1);
    time.advance(500);
    expect(map.update('a', 2)).toBe(true);
    time.advance(500);
    expect(map.get('a')).toBeUndefined();
    expect(map.update('a', 3)).toBe(false);
  });

  it('drops expired entries when space is needed', () => {
    const time = clock();
    const map = new ExpiringMap<string, number>({ ttlMs: 1000, maxEntries: 100, now: time.now });
    for (let i = 0; i < 50; i++) map.set(`k${i}`, i);
    time.advance(1000);
    map.set('fresh', 1);
    expect(map.size).toBe(1);
  });
});

describe('RecentDurations', () => {
  it('remembers the longest of the last few durations', async () => {
    const durations = new RecentDurations(3);
    expect(durations.recentMax).toBe(0);
    for (const ms of [500, 10, 20, 30]) durations.record(ms);
    expect(durations.recentMax).toBe(30);
    await durations.time(() => new Promise((resolve) => setTimeout(resolve, 40)));
    expect(durations.recentMax).toBeGreaterThanOrEqual(35);
  });

  it('defers first once recent work took a third of the defer time', () => {
    expect(shouldDeferFirst(499, 1500)).toBe(false);
    expect(shouldDeferFirst(500, 1500)).toBe(true);
  });
});
