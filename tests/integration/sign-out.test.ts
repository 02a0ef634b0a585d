import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { getDb } from '~/db/client.server';
import { auditLog, sessions } from '~/db/schema';
import { createSession } from '~/models/session.server';
import { signOut } from '~/services/sign-out.server';
import { makeUser } from '../support/factories';

const sessionsOf = (userId: number) =>
  getDb().select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId)).all();

const auditOf = (address: string) =>
  getDb()
    .select({ action: auditLog.action, actorId: auditLog.actorId, detail: auditLog.detail })
    .from(auditLog)
    .where(eq(auditLog.address, address))
    .all();

describe('signing out', () => {
  test.each([
    // Here only: the route ends this browser's own session; the service leaves both alone.
    { everywhere: false, sessionsLeft: 2, detail: {} },
    // Everywhere: both sessions of the account end.
    { everywhere: true, sessionsLeft: 0, detail: { everywhere: true } },
  ])('everywhere: $everywhere', ({ everywhere, sessionsLeft, detail }) => {
    const person = makeUser();
    const other = makeUser();
    for (let i = 0; i < 2; i++) createSession(person.id);
    createSession(other.id);
    const address = `10.30.0.${everywhere ? 2 : 1}`;
    signOut({ userId: person.id, address, everywhere });
    expect(sessionsOf(person.id)).toHaveLength(sessionsLeft);
    expect(sessionsOf(other.id)).toHaveLength(1);
    expect(auditOf(address)).toEqual([{ action: 'sign-out', actorId: person.id, detail }]);
  });
});
