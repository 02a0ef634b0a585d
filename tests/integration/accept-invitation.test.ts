import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { getDb } from '~/db/client.server';
import { auditLog } from '~/db/schema';
import { verifyPassword } from '~/lib/passwords.server';
import { issueToken, peekToken } from '~/models/token.server';
import { createUser, getUser } from '~/models/user.server';
import { invitationPage, joinByInvitation } from '~/services/accept-invitation.server';

const GOOD = 'quiet-harbour-58-lantern';
let count = 0;

/** An account waiting for its password, as an invitation leaves it, and its link. */
function invited() {
  count += 1;
  const email = `invited-${count}@test.example`;
  const id = createUser({ email, name: 'Name Given By Inviter' });
  return { id, email, token: issueToken(id, 'invitation', null) };
}

describe('the page an invitation link opens', () => {
  test.each([
    { case: 'a live link', make: () => invited(), shown: true },
    {
      case: 'an unknown link',
      make: () => ({ ...invited(), token: 'not-a-real-token' }),
      shown: false,
    },
    {
      case: 'a password-reset link',
      make: () => {
        const person = invited();
        return { ...person, token: issueToken(person.id, 'password-reset', null) };
      },
      shown: false,
    },
  ])('$case', ({ make, shown }) => {
    const person = make();
    expect(invitationPage({ token: person.token })).toEqual({
      invitee: shown ? { name: 'Name Given By Inviter', email: person.email } : null,
    });
  });
});

describe('accepting an invitation', () => {
  test('an unknown link: expired', async () => {
    await expect(
      joinByInvitation({ token: 'not-a-real-token', name: 'Ada Lovelace', password: GOOD }),
    ).resolves.toEqual({ status: 'expired' });
  });

  test('a password made of the name the person gives: weak, and the link still works', async () => {
    const person = invited();
    await expect(
      joinByInvitation({
        token: person.token,
        name: 'Ada Lovelace',
        password: 'lovelace-forever-1815',
      }),
    ).resolves.toEqual({ status: 'weak', problems: ['personal'] });
    expect(getUser(person.id)).toMatchObject({ name: 'Name Given By Inviter', passwordHash: null });
    expect(peekToken(person.token, 'invitation')).toEqual({ userId: person.id });
  });

  test('a good password: the person is named, can sign in, and the link is used up', async () => {
    const person = invited();
    await expect(
      joinByInvitation({
        token: person.token,
        name: 'Ada Lovelace',
        password: GOOD,
        address: '10.60.0.1',
      }),
    ).resolves.toEqual({ status: 'joined', userId: person.id });
    const user = getUser(person.id);
    expect(user?.name).toBe('Ada Lovelace');
    await expect(verifyPassword(user?.passwordHash, GOOD)).resolves.toBe(true);
    const audit = getDb()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.address, '10.60.0.1'))
      .all();
    expect(audit).toEqual([{ action: 'invitation.accepted' }]);
    await expect(
      joinByInvitation({ token: person.token, name: 'Ada Lovelace', password: GOOD }),
    ).resolves.toEqual({ status: 'expired' });
  });
});
