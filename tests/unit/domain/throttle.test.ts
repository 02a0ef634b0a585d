import { describe, expect, test } from 'vitest';
import { recordFailure, throttleRules, waitFor, type FailureRecord } from '~/domain/throttle';

const pair = throttleRules['account-address'];
const account = throttleRules.account;

function failures(
  rule: typeof pair,
  count: number,
  start = 0,
  gap = 1000,
): FailureRecord | undefined {
  let record: FailureRecord | undefined;
  for (let i = 0; i < count; i++) record = recordFailure(record, start + i * gap, rule);
  return record;
}

describe('sign-in throttling', () => {
  test('the first failures are free', () => {
    const record = failures(pair, pair.free);
    expect(waitFor(pair, record, (record?.lastAt ?? 0) + 1)).toBe(0);
  });

  test('then each failure doubles the wait: 2 s, 4 s, 8 s …', () => {
    const waits = [1, 2, 3, 4].map((extra) => {
      const record = failures(pair, pair.free + extra);
      return waitFor(pair, record, record?.lastAt ?? 0);
    });
    expect(waits).toEqual([2_000, 4_000, 8_000, 16_000]);
  });

  test('the wait never exceeds its cap', () => {
    const record = failures(pair, 60);
    expect(waitFor(pair, record, record?.lastAt ?? 0)).toBe(pair.cap);
  });

  test('an attacker elsewhere cannot keep the owner out for long: the account-wide cap is a minute', () => {
    const record = failures(account, 500);
    expect(waitFor(account, record, record?.lastAt ?? 0)).toBeLessThanOrEqual(60_000);
    expect(waitFor(account, record, (record?.lastAt ?? 0) + 60_000)).toBe(0);
  });

  test('the wait runs from the last failure', () => {
    const record = failures(pair, pair.free + 2);
    const last = record?.lastAt ?? 0;
    expect(waitFor(pair, record, last + 1_000)).toBe(3_000);
    expect(waitFor(pair, record, last + 4_000)).toBe(0);
  });

  test('failures older than the window are forgotten', () => {
    const record = failures(pair, 30);
    const later = (record?.firstAt ?? 0) + pair.window + 1;
    expect(waitFor(pair, record, later)).toBe(0);
    expect(recordFailure(record, later, pair)).toEqual({ count: 1, firstAt: later, lastAt: later });
  });
});
