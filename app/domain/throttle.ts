/*
 * Slowing down password guessing without locking real people out for long.
 *
 * Failures are counted under three keys: the account together with the address it was tried
 * from, the address alone, and the account alone. Past a few free failures each key imposes a
 * wait that doubles with every failure, up to a cap. The cap for the account alone is short, so
 * that an attacker elsewhere cannot keep the account's owner out: their own pair key is clean.
 */

export type ThrottleScope = 'account-address' | 'address' | 'account';

export interface ThrottleRule {
  /** Failures allowed before any wait. */
  free: number;
  /** Wait after the first counted failure, in milliseconds; doubles after each one. */
  base: number;
  cap: number;
  /** Failures older than this no longer count. */
  window: number;
}

const MINUTE = 60_000;

export const throttleRules: Record<ThrottleScope, ThrottleRule> = {
  'account-address': { free: 4, base: 2_000, cap: 15 * MINUTE, window: 60 * MINUTE },
  address: { free: 20, base: 2_000, cap: 30 * MINUTE, window: 60 * MINUTE },
  account: { free: 20, base: 1_000, cap: MINUTE, window: 60 * MINUTE },
};

export interface FailureRecord {
  count: number;
  firstAt: number;
  lastAt: number;
}

/** Milliseconds still to wait before another attempt under this rule (0: go ahead). */
export function waitFor(
  rule: ThrottleRule,
  record: FailureRecord | undefined,
  now: number,
): number {
  if (!record || now - record.firstAt > rule.window) return 0;
  const over = record.count - rule.free;
  if (over <= 0) return 0;
  const wait = Math.min(rule.cap, rule.base * 2 ** (over - 1));
  return Math.max(0, record.lastAt + wait - now);
}

/** The record after one more failure (a stale record starts again). */
export function recordFailure(
  record: FailureRecord | undefined,
  now: number,
  rule: ThrottleRule,
): FailureRecord {
  if (!record || now - record.firstAt > rule.window) return { count: 1, firstAt: now, lastAt: now };
  return { count: record.count + 1, firstAt: record.firstAt, lastAt: now };
}

/** The record once one counted attempt is given back (none left: no record). */
export function releaseAttempt(record: FailureRecord | undefined): FailureRecord | undefined {
  if (!record || record.count <= 1) return undefined;
  return { ...record, count: record.count - 1 };
}
