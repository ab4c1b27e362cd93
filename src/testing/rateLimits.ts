import { createHash } from 'node:crypto';
import type { JsonObject } from './json';

/** How many requests a bucket allows per window. */
export interface RateLimitOptions {
  /** Requests per window in one bucket. Default 5, Discord's common per-route limit. */
  readonly limit: number;
  /** Window length in seconds. Default 1, so tests that exhaust a bucket wait at most a second. */
  readonly windowSeconds: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 5, windowSeconds: 1 };

/** One planned failure, matched against each request until it has fired `times` times. */
export interface FailureSpec {
  /** HTTP method to match (any case); any method when omitted. */
  readonly method?: string;
  /** Tested against the path without the query, e.g. `/api/v10/interactions/1/abc/callback`. */
  readonly pathPattern?: RegExp;
  /** Status to answer with: 429 for a rate limit, 5xx for a server error, any 4xx for a Discord error. */
  readonly status: number;
  /** For 429: seconds the client must wait (body `retry_after`, header `retry-after`). Default 0.25. */
  readonly retryAfterSeconds?: number;
  /** For 429: a global rate limit (`x-ratelimit-global: true`, scope `global`). Default false. */
  readonly global?: boolean;
  /** For 429: `x-ratelimit-scope` when not global. Default `user`. */
  readonly scope?: 'user' | 'shared';
  /** How many matching requests fail. Default 1. */
  readonly times?: number;
  /** For other statuses: Discord's JSON error code. Default 0. */
  readonly code?: number;
  /** For other statuses: the error message. Default `<status>: <reason>`. */
  readonly message?: string;
}

export interface PlannedResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: JsonObject;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Failures queued by `failNext`, consumed in order by the first request each one matches. */
export class FailurePlan {
  readonly #pending: { spec: FailureSpec; left: number }[] = [];

  add(spec: FailureSpec): void {
    if (!Number.isInteger(spec.status) || spec.status < 400 || spec.status > 599) {
      throw new Error(`failNext: status must be an HTTP error status (400–599), got ${spec.status}`);
    }
    this.#pending.push({ spec, left: spec.times ?? 1 });
  }

  get pending(): number {
    return this.#pending.reduce((sum, entry) => sum + entry.left, 0);
  }

  clear(): void {
    this.#pending.length = 0;
  }

  /** The response for this request if a planned failure matches it (and uses up one of its times). */
  take(method: string, path: string, bucketHeaders: Record<string, string>): PlannedResponse | null {
    const index = this.#pending.findIndex(
      ({ spec }) =>
        (spec.method === undefined || spec.method.toUpperCase() === method) &&
        (spec.pathPattern === undefined || matchesFresh(spec.pathPattern, path)),
    );
    const entry = this.#pending[index];
    if (!entry) return null;
    entry.left--;
    if (entry.left <= 0) this.#pending.splice(index, 1);
    return failureResponse(entry.spec, bucketHeaders);
  }
}

/** `test` on a /g or /y regex moves lastIndex; a copy keeps every match independent. */
function matchesFresh(pattern: RegExp, path: string): boolean {
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')).test(path);
}

function failureResponse(spec: FailureSpec, bucketHeaders: Record<string, string>): PlannedResponse {
  if (spec.status !== 429) {
    const message = spec.message ?? `${spec.status}: ${REASONS[spec.status] ?? 'Error'}`;
    return { status: spec.status, headers: {}, body: { message, code: spec.code ?? 0 } };
  }
  return rateLimitedResponse(
    spec.retryAfterSeconds ?? 0.25,
    spec.global ?? false,
    spec.scope ?? 'user',
    bucketHeaders,
  );
}

/** A 429 as Discord documents it: body `retry_after` in seconds, and the matching headers. */
export function rateLimitedResponse(
  retryAfterSeconds: number,
  global: boolean,
  scope: 'user' | 'shared' | 'global',
  bucketHeaders: Record<string, string>,
): PlannedResponse {
  const retryAfter = retryAfterSeconds.toFixed(3);
  const headers: Record<string, string> = global
    ? { 'retry-after': retryAfter, 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' }
    : {
        ...bucketHeaders,
        'retry-after': retryAfter,
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': retryAfter,
        'x-ratelimit-reset': ((Date.now() + retryAfterSeconds * 1000) / 1000).toFixed(3),
        'x-ratelimit-scope': scope,
      };
  return {
    status: 429,
    headers,
    body: { message: 'You are being rate limited.', retry_after: Number(retryAfter), global },
  };
}

interface Bucket {
  remaining: number;
  resetAt: number;
}

export interface BucketResult {
  /** `x-ratelimit-*` headers describing the bucket after this request. */
  readonly headers: Record<string, string>;
  /** Set when the bucket was already empty: the request must be refused with a 429. */
  readonly exceeded: PlannedResponse | null;
}

/**
 * Per-route buckets like Discord's: each (route, major parameter) pair allows `limit` requests per
 * window and reports it in `x-ratelimit-limit/remaining/reset/reset-after/bucket`, which
 * @discordjs/rest's SequentialHandler reads to pace itself. A request into an empty bucket gets a 429.
 */
export class RateLimitBuckets {
  readonly #buckets = new Map<string, Bucket>();
  readonly #options: RateLimitOptions;

  constructor(options: RateLimitOptions) {
    this.#options = options;
  }

  consume(
    method: string,
    routeTemplate: string,
    majorParameter: string,
    now: number = Date.now(),
  ): BucketResult {
    const hash = createHash('md5').update(`${method} ${routeTemplate}`).digest('hex');
    const key = `${hash}:${majorParameter}`;
    let bucket = this.#buckets.get(key);
    if (!bucket || now >= bucket.resetAt) {
      bucket = { remaining: this.#options.limit, resetAt: now + this.#options.windowSeconds * 1000 };
      this.#buckets.set(key, bucket);
    }
    const headersNow = (): Record<string, string> => ({
      'x-ratelimit-bucket': hash,
      'x-ratelimit-limit': String(this.#options.limit),
      'x-ratelimit-remaining': String(bucket.remaining),
      'x-ratelimit-reset': (bucket.resetAt / 1000).toFixed(3),
      'x-ratelimit-reset-after': ((bucket.resetAt - now) / 1000).toFixed(3),
    });
    if (bucket.remaining <= 0) {
      const exceeded = rateLimitedResponse((bucket.resetAt - now) / 1000, false, 'user', headersNow());
      return { headers: exceeded.headers, exceeded };
    }
    bucket.remaining--;
    return { headers: headersNow(), exceeded: null };
  }
}
