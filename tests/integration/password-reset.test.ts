import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { getDb } from '~/db/client.server';
import { auditLog, mailOutbox, sessions } from '~/db/schema';
import { verifyPassword } from '~/lib/passwords.server';
import { createSession } from '~/models/session.server';
import { consumeToken, issueToken, peekToken } from '~/models/token.server';
import { getUser, setDisabled } from '~/models/user.server';
import {
  requestPasswordReset,
  resetPassword,
  resetPasswordPage,
} from '~/services/password-reset.server';
import { makeUser } from '../support/factories';

const GOOD = 'quiet-harbour-58-lantern';

const mailsTo = (email: string) =>
  getDb().select().from(mailOutbox).where(eq(mailOutbox.to, email)).all();

const sessionCount = (userId: number) =>
  getDb().select().from(sessions).where(eq(sessions.userId, userId)).all().length;

const auditActions = (userId: number) =>
  getDb()
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(eq(auditLog.actorId, userId))
    .all()
    .map((r) => r.action);

describe('asking for a reset link', () => {
  test('an active account gets a mail, and another one only two minutes later', async () => {
    const person = makeUser();
    const at = (ms: number) => new Date(Date.UTC(2030, 0, 1, 9) + ms);
    const ask = (ms: number) =>
      requestPasswordReset({ email: person.email, language: 'en', now: at(ms) });
    await ask(0);
    // 1 minute, then 2 minutes less 1 ms after the first: too soon.
    await ask(60_000);
    await ask(119_999);
    // 2 minutes after it: a second mail.
    await ask(120_000);
    const mails = mailsTo(person.email);
    expect(mails).toHaveLength(2);
    expect(mails[0]?.body).toMatch(/\/reset-password\/[\w-]{20,}/);
    expect(auditActions(person.id)).toEqual([
      'password.reset-requested',
      'password.reset-requested',
    ]);
  });

  test('a disabled account or an unknown address gets none', async () => {
    const person = makeUser();
    setDisabled(person.id, true);
    await requestPasswordReset({ email: person.email, language: 'en' });
    await requestPasswordReset({ email: 'nobody-at-all@test.example', language: 'en' });
    expect(mailsTo(person.email)).toEqual([]);
    expect(mailsTo('nobody-at-all@test.example')).toEqual([]);
  });
});

describe('the page a reset link opens', () => {
  test.each([
    {
      case: 'a live link',
      token: () => issueToken(makeUser().id, 'password-reset', null),
      valid: true,
    },
    { case: 'an unknown link', token: () => 'not-a-real-token', valid: false },
    {
      case: 'an invitation link',
      token: () => issueToken(makeUser().id, 'invitation', null),
      valid: false,
    },
    {
      case: 'a used link',
      token: () => {
        const token = issueToken(makeUser().id, 'password-reset', null);
        consumeToken(token, 'password-reset');
        return token;
      },
      valid: false,
    },
  ])('$case: valid $valid', ({ token, valid }) => {
    expect(resetPasswordPage({ token: token() })).toEqual({ valid });
  });
});

describe('setting a new password from a link', () => {
  test('an unknown link: expired', async () => {
    await expect(resetPassword({ token: 'not-a-real-token', password: GOOD })).resolves.toEqual({
      status: 'expired',
    });
  });

  test('a weak password changes nothing, and the link still works', async () => {
    const person = makeUser();
    const token = issueToken(person.id, 'password-reset', null);
    const before = getUser(person.id)?.passwordHash;
    // The e-mail address's own name, "person-…", is inside it.
    const password = `${person.email.split('@')[0]}-and-more`;
    await expect(resetPassword({ token, password })).resolves.toEqual({
      status: 'weak',
      problems: ['personal'],
    });
    expect(getUser(person.id)?.passwordHash).toBe(before);
    expect(peekToken(token, 'password-reset')).toEqual({ userId: person.id });
  });

  test('a good password: set, every session ends, the link is used up', async () => {
    const person = makeUser();
    createSession(person.id);
    createSession(person.id);
    const token = issueToken(person.id, 'password-reset', null);
    await expect(resetPassword({ token, password: GOOD, address: '10.50.0.1' })).resolves.toEqual({
      status: 'reset',
      userId: person.id,
    });
    await expect(verifyPassword(getUser(person.id)?.passwordHash, GOOD)).resolves.toBe(true);
    expect(sessionCount(person.id)).toBe(0);
    expect(auditActions(person.id)).toEqual(['password.reset']);
    await expect(resetPassword({ token, password: GOOD })).resolves.toEqual({ status: 'expired' });
  });
});
