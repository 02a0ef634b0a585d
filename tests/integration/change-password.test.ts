import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { getDb } from '~/db/client.server';
import { auditLog, sessions } from '~/db/schema';
import { hashPassword, verifyPassword } from '~/lib/passwords.server';
import { createSession } from '~/models/session.server';
import { getUser } from '~/models/user.server';
import { changePassword } from '~/services/change-password.server';
import { makeUser } from '../support/factories';

const CURRENT = 'tangerine-ladder-73-orbit';
let currentHash: string;

beforeAll(async () => {
  currentHash = await hashPassword(CURRENT);
});

const sessionsOf = (userId: number) =>
  getDb()
    .select({ id: sessions.id })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .all()
    .map((s) => s.id);

const auditActions = (address: string) =>
  getDb()
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(eq(auditLog.address, address))
    .all()
    .map((r) => r.action);

let count = 0;

function signedIn() {
  const person = makeUser({ passwordHash: currentHash });
  const kept = createSession(person.id).session.id;
  const other = createSession(person.id).session.id;
  count += 1;
  return { ...person, kept, other, address: `10.40.0.${count}` };
}

describe('changing one’s password', () => {
  test.each([
    {
      case: 'a wrong current password',
      current: 'not-my-password',
      password: 'quiet-harbour-58-lantern',
      outcome: { status: 'wrong-password' },
    },
    // "password" padded with digits is on the common-password list.
    {
      case: 'a common password',
      current: CURRENT,
      password: 'password1234',
      outcome: { status: 'weak', problems: ['common'] },
    },
    // The factories name everybody "Test Person": "person" is part of the name.
    {
      case: 'the person’s own name',
      current: CURRENT,
      password: 'my-person-likes-tea',
      outcome: { status: 'weak', problems: ['personal'] },
    },
  ] as const)('$case changes nothing', async (row) => {
    const person = signedIn();
    const outcome = await changePassword({
      userId: person.id,
      keepSession: person.kept,
      current: row.current,
      password: row.password,
      address: person.address,
    });
    expect(outcome).toEqual(row.outcome);
    expect(getUser(person.id)?.passwordHash).toBe(currentHash);
    expect(sessionsOf(person.id).sort()).toEqual([person.kept, person.other].sort());
    expect(auditActions(person.address)).toEqual([]);
  });

  test('a good new password: the other sessions end, this one stays', async () => {
    const person = signedIn();
    const password = 'quiet-harbour-58-lantern';
    const outcome = await changePassword({
      userId: person.id,
      keepSession: person.kept,
      current: CURRENT,
      password,
      address: person.address,
    });
    expect(outcome).toEqual({ status: 'changed' });
    const hash = getUser(person.id)?.passwordHash;
    await expect(verifyPassword(hash, password)).resolves.toBe(true);
    await expect(verifyPassword(hash, CURRENT)).resolves.toBe(false);
    expect(sessionsOf(person.id)).toEqual([person.kept]);
    expect(auditActions(person.address)).toEqual(['password.changed']);
  });
});
