import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { getDb } from '~/db/client.server';
import { auditLog } from '~/db/schema';
import { hashPassword } from '~/lib/passwords.server';
import { reserveSignInAttempt, signInWait } from '~/models/throttle.server';
import { createUser, setDisabled } from '~/models/user.server';
import { signIn } from '~/services/sign-in.server';

const PASSWORD = 'tangerine-ladder-73-orbit';
let passwordHash: string;
let count = 0;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

/** A fresh account and a fresh address, so that no case sees another's throttle counters. */
function account(kind: 'active' | 'disabled' | 'pending') {
  count += 1;
  const email = `signin-${count}@test.example`;
  const id = createUser({
    email,
    name: 'Sign In',
    passwordHash: kind === 'pending' ? null : passwordHash,
  });
  if (kind === 'disabled') setDisabled(id, true);
  return { id, email, address: `10.20.0.${count}` };
}

function auditOf(address: string) {
  return getDb()
    .select({ action: auditLog.action, actorId: auditLog.actorId, detail: auditLog.detail })
    .from(auditLog)
    .where(eq(auditLog.address, address))
    .all();
}

describe('signing in', () => {
  test.each([
    { case: 'the right password', kind: 'active', typed: (e: string) => e, password: PASSWORD },
    {
      case: 'the address typed in capitals, with spaces',
      kind: 'active',
      typed: (e: string) => `  ${e.toUpperCase()} `,
      password: PASSWORD,
    },
  ] as const)('$case signs in', async ({ kind, typed, password }) => {
    const person = account(kind);
    const now = Date.now();
    const outcome = await signIn({
      email: typed(person.email),
      password,
      address: person.address,
      now,
    });
    expect(outcome).toEqual({ status: 'signed-in', userId: person.id });
    expect(auditOf(person.address)).toEqual([
      { action: 'sign-in', actorId: person.id, detail: {} },
    ]);
    // The attempt reserved for the sign-in is given back: the pair starts clean.
    expect(signInWait(person.email, person.address, now)).toBe(0);
  });

  test.each([
    { case: 'a wrong password', kind: 'active', password: 'not-the-password-at-all', known: true },
    { case: 'a disabled account', kind: 'disabled', password: PASSWORD, known: true },
    { case: 'an invitation not yet accepted', kind: 'pending', password: PASSWORD, known: true },
    { case: 'an unknown address', kind: 'unknown', password: PASSWORD, known: false },
  ] as const)('$case fails, with the one answer for every failure', async (row) => {
    const person = account(row.kind === 'unknown' ? 'active' : row.kind);
    const email = row.known ? person.email : `nobody-${count}@test.example`;
    const outcome = await signIn({ email, password: row.password, address: person.address });
    expect(outcome).toEqual({ status: 'failed' });
    expect(auditOf(person.address)).toEqual([
      { action: 'sign-in.failed', actorId: row.known ? person.id : null, detail: { email } },
    ]);
  });

  test.each([
    // The pair rule lets 4 failures go free; after the 5th the next attempt waits 2 s, which
    // rounds up to 1 minute.
    { failures: 5, wait: 2_000, minutes: 1 },
    // After the 14th: 10 past the free ones, 2 s × 2^9 = 1,024 s, held to the pair's cap of
    // 15 minutes (the account's and the address's own rules allow 20 failures).
    { failures: 14, wait: 15 * 60_000, minutes: 15 },
  ])('after $failures failures, the right password waits $minutes minute(s)', async (row) => {
    const person = account('active');
    // Each failure comes when the wait before it is over, so that every one is counted.
    let now = Date.now();
    for (let i = 0; i < row.failures; i++) {
      now += signInWait(person.email, person.address, now);
      expect(reserveSignInAttempt(person.email, person.address, now)).toEqual({ allowed: true });
    }
    const outcome = await signIn({
      email: person.email,
      password: PASSWORD,
      address: person.address,
      now,
    });
    expect(outcome).toEqual({ status: 'throttled', waitMinutes: row.minutes });
    expect(auditOf(person.address)).toEqual([
      { action: 'sign-in.throttled', actorId: null, detail: { email: person.email } },
    ]);
    // A refused attempt is not counted: the wait stays what it was.
    expect(signInWait(person.email, person.address, now)).toBe(row.wait);
  });
});
