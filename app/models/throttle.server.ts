import { eq, inArray } from 'drizzle-orm';
import { getDb } from '~/db/client.server';
import { loginFailures } from '~/db/schema';
import {
  recordFailure,
  releaseAttempt,
  throttleRules,
  waitFor,
  type FailureRecord,
  type ThrottleScope,
} from '~/domain/throttle';

type Tx = Parameters<Parameters<ReturnType<typeof getDb>['transaction']>[0]>[0];

function keysFor(email: string, address: string): [ThrottleScope, string][] {
  return [
    ['account-address', `pair:${email}|${address}`],
    ['address', `address:${address}`],
    ['account', `account:${email}`],
  ];
}

function readRecords(db: Tx | ReturnType<typeof getDb>, keys: [ThrottleScope, string][]) {
  const rows = db
    .select()
    .from(loginFailures)
    .where(
      inArray(
        loginFailures.key,
        keys.map(([, key]) => key),
      ),
    )
    .all();
  return new Map<string, FailureRecord>(
    rows.map((row) => [
      row.key,
      { count: row.count, firstAt: row.firstAt.getTime(), lastAt: row.lastAt.getTime() },
    ]),
  );
}

function write(tx: Tx, key: string, record: FailureRecord | undefined) {
  if (!record) {
    tx.delete(loginFailures).where(eq(loginFailures.key, key)).run();
    return;
  }
  const values = {
    count: record.count,
    firstAt: new Date(record.firstAt),
    lastAt: new Date(record.lastAt),
  };
  tx.insert(loginFailures)
    .values({ key, ...values })
    .onConflictDoUpdate({ target: loginFailures.key, set: values })
    .run();
}

function longestWait(
  keys: [ThrottleScope, string][],
  records: Map<string, FailureRecord>,
  now: number,
) {
  return Math.max(
    0,
    ...keys.map(([scope, key]) => waitFor(throttleRules[scope], records.get(key), now)),
  );
}

/** How long a sign-in attempt must wait (0: it may go ahead), over every key. */
export function signInWait(email: string, address: string, now = Date.now()): number {
  const keys = keysFor(email, address);
  return longestWait(keys, readRecords(getDb(), keys), now);
}

export type SignInReservation = { allowed: true } | { allowed: false; wait: number };

/**
 * Checks the throttle and, when the attempt may go ahead, counts it as a failure at once, in the
 * same synchronous transaction: attempts sent at the same moment each see the ones before them,
 * so none slips past the check while a password hash is being verified. A successful sign-in
 * gives the reservation back (settleSignIn).
 */
export function reserveSignInAttempt(
  email: string,
  address: string,
  now = Date.now(),
): SignInReservation {
  const keys = keysFor(email, address);
  return getDb().transaction((tx) => {
    const records = readRecords(tx, keys);
    const wait = longestWait(keys, records, now);
    if (wait > 0) return { allowed: false, wait };
    for (const [scope, key] of keys)
      write(tx, key, recordFailure(records.get(key), now, throttleRules[scope]));
    return { allowed: true };
  });
}

/**
 * After a successful sign-in: the account's own counters are cleared, and the address gets back
 * the attempt reserved for it (its other failures still count: they may be someone else's).
 */
export function settleSignIn(email: string, address: string): void {
  const keys = keysFor(email, address);
  getDb().transaction((tx) => {
    const records = readRecords(tx, keys);
    for (const [scope, key] of keys)
      write(tx, key, scope === 'address' ? releaseAttempt(records.get(key)) : undefined);
  });
}
