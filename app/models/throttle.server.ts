import { eq, inArray } from 'drizzle-orm';
import { getDb } from '~/db/client.server';
import { loginFailures } from '~/db/schema';
import { recordFailure, throttleRules, waitFor, type ThrottleScope } from '~/domain/throttle';

function keysFor(email: string, address: string): Record<ThrottleScope, string> {
  return {
    'account-address': `pair:${email}|${address}`,
    address: `address:${address}`,
    account: `account:${email}`,
  };
}

/** How long this sign-in attempt must wait (0: it may go ahead), over every key. */
export function signInWait(email: string, address: string, now = Date.now()): number {
  const keys = keysFor(email, address);
  const rows = getDb()
    .select()
    .from(loginFailures)
    .where(inArray(loginFailures.key, Object.values(keys)))
    .all();
  let wait = 0;
  for (const [scope, key] of Object.entries(keys) as [ThrottleScope, string][]) {
    const row = rows.find((r) => r.key === key);
    const record = row && {
      count: row.count,
      firstAt: row.firstAt.getTime(),
      lastAt: row.lastAt.getTime(),
    };
    wait = Math.max(wait, waitFor(throttleRules[scope], record, now));
  }
  return wait;
}

export function recordSignInFailure(email: string, address: string, now = Date.now()): void {
  const keys = keysFor(email, address);
  getDb().transaction((tx) => {
    for (const [scope, key] of Object.entries(keys) as [ThrottleScope, string][]) {
      const row = tx.select().from(loginFailures).where(eq(loginFailures.key, key)).get();
      const record = row && {
        count: row.count,
        firstAt: row.firstAt.getTime(),
        lastAt: row.lastAt.getTime(),
      };
      const next = recordFailure(record, now, throttleRules[scope]);
      const values = {
        count: next.count,
        firstAt: new Date(next.firstAt),
        lastAt: new Date(next.lastAt),
      };
      tx.insert(loginFailures)
        .values({ key, ...values })
        .onConflictDoUpdate({ target: loginFailures.key, set: values })
        .run();
    }
  });
}

/** A successful sign-in clears the account's own counters (not the address's). */
export function clearSignInFailures(email: string, address: string): void {
  const keys = keysFor(email, address);
  getDb()
    .delete(loginFailures)
    .where(inArray(loginFailures.key, [keys['account-address'], keys.account]))
    .run();
}
