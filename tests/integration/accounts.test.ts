import { describe, expect, test } from 'vitest';
import { getDb } from '~/db/client.server';
import { sessions } from '~/db/schema';
import { eq } from 'drizzle-orm';
import { throttleRules } from '~/domain/throttle';
import { getOrganisationFor, listOrganisationsFor } from '~/models/organisation.server';
import {
  createSession,
  findLiveSession,
  hashToken,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
} from '~/models/session.server';
import { reserveSignInAttempt, settleSignIn, signInWait } from '~/models/throttle.server';
import { consumeToken, issueToken, peekToken, TOKEN_LIFETIME } from '~/models/token.server';
import { setDisabled } from '~/models/user.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';

const minutes = (n: number) => n * 60_000;

describe('sessions', () => {
  test('only a hash of the token is stored', () => {
    const user = makeUser();
    const { token } = createSession(user.id);
    const rows = getDb().select().from(sessions).where(eq(sessions.userId, user.id)).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id).toBe(hashToken(token));
    expect(rows[0]?.id).not.toContain(token);
  });

  test('an idle session ends, and is deleted', () => {
    const user = makeUser();
    const start = new Date('2026-01-01T08:00:00Z');
    const { token } = createSession(user.id, start);
    expect(
      findLiveSession(token, new Date(start.getTime() + SESSION_IDLE_MS - 1_000)),
    ).toBeDefined();
    // Seen a moment ago: the idle clock restarted (touch happens after a minute of quiet).
    const later = new Date(start.getTime() + SESSION_IDLE_MS - 1_000 + SESSION_IDLE_MS + 1_000);
    expect(findLiveSession(token, later)).toBeUndefined();
    expect(getDb().select().from(sessions).where(eq(sessions.userId, user.id)).all()).toEqual([]);
  });

  test('activity keeps a session alive, but never past its absolute end', () => {
    const user = makeUser();
    const start = new Date('2026-01-01T08:00:00Z');
    const { token } = createSession(user.id, start);
    let now = start.getTime();
    while (now + minutes(30) < start.getTime() + SESSION_ABSOLUTE_MS) {
      now += minutes(30);
      expect(findLiveSession(token, new Date(now))).toBeDefined();
    }
    expect(
      findLiveSession(token, new Date(start.getTime() + SESSION_ABSOLUTE_MS + 1)),
    ).toBeUndefined();
  });

  test('disabling an account ends its sessions at once', () => {
    const user = makeUser();
    const { token } = createSession(user.id);
    setDisabled(user.id, true);
    expect(findLiveSession(token)).toBeUndefined();
    setDisabled(user.id, false);
    expect(findLiveSession(token)).toBeUndefined();
  });
});

describe('sign-in throttling', () => {
  test('failures from one address slow that address down for that account', () => {
    const email = 'target@test.example';
    const now = Date.now();
    for (let i = 0; i < throttleRules['account-address'].free; i++)
      expect(reserveSignInAttempt(email, '10.0.0.1', now + i)).toEqual({ allowed: true });
    expect(signInWait(email, '10.0.0.1', now + 10)).toBe(0);
    expect(reserveSignInAttempt(email, '10.0.0.1', now + 20)).toEqual({ allowed: true });
    expect(signInWait(email, '10.0.0.1', now + 20)).toBe(2_000);
    // The owner, signing in from elsewhere, is not slowed down by the attacker's few failures.
    expect(signInWait(email, '10.9.9.9', now + 20)).toBe(0);
  });

  test('a storm of failures on one account holds every address back for a minute at most', () => {
    const email = 'storm@test.example';
    const now = Date.now();
    // Each attempt comes from a fresh address, after the wait it was given: all are counted.
    let at = now;
    for (let i = 0; i < 200; i++) {
      const address = `10.1.${Math.floor(i / 250)}.${i % 250}`;
      at += signInWait(email, address, at);
      expect(reserveSignInAttempt(email, address, at)).toEqual({ allowed: true });
    }
    const wait = signInWait(email, '10.200.0.1', at);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60_000);
    expect(signInWait(email, '10.200.0.1', at + 60_000)).toBe(0);
  });

  test("a successful sign-in clears the account's counters", () => {
    const email = 'clear@test.example';
    const now = Date.now();
    for (let i = 0; i < 5; i++) reserveSignInAttempt(email, '10.0.0.2', now + i);
    expect(signInWait(email, '10.0.0.2', now + 10)).toBeGreaterThan(0);
    settleSignIn(email, '10.0.0.2');
    expect(signInWait(email, '10.0.0.2', now + 10)).toBe(0);
  });

  test('attempts at the same moment are counted before any password is checked', () => {
    const email = 'burst@test.example';
    const now = Date.now();
    // The pair rule lets 4 failures go free; the 5th attempt is allowed, the 6th waits 2 s.
    const outcomes = Array.from({ length: 40 }, () => reserveSignInAttempt(email, '10.0.0.3', now));
    expect(outcomes.filter((o) => o.allowed)).toHaveLength(5);
    expect(outcomes[5]).toEqual({ allowed: false, wait: 2_000 });
  });

  test('successful sign-ins give their attempt back to the address', () => {
    const address = '10.0.0.4';
    const now = Date.now();
    // More successes than the address's free failures (20): none of them counts against it.
    for (let i = 0; i < 30; i++) {
      const email = `person${i}@test.example`;
      expect(reserveSignInAttempt(email, address, now + i)).toEqual({ allowed: true });
      settleSignIn(email, address);
    }
    expect(signInWait('someone.else@test.example', address, now + 30)).toBe(0);
    expect(reserveSignInAttempt('someone.else@test.example', address, now + 30)).toEqual({
      allowed: true,
    });
  });
});

describe('one-time tokens', () => {
  test('a token works once', () => {
    const user = makeUser();
    const token = issueToken(user.id, 'password-reset', null);
    expect(peekToken(token, 'password-reset')).toEqual({ userId: user.id });
    expect(consumeToken(token, 'password-reset')).toEqual({ userId: user.id });
    expect(consumeToken(token, 'password-reset')).toBeUndefined();
    expect(peekToken(token, 'password-reset')).toBeUndefined();
  });

  test('a token expires, and serves only its own purpose', () => {
    const user = makeUser();
    const issued = new Date('2026-03-01T10:00:00Z');
    const token = issueToken(user.id, 'password-reset', null, issued);
    expect(consumeToken(token, 'invitation', issued)).toBeUndefined();
    expect(
      consumeToken(
        token,
        'password-reset',
        new Date(issued.getTime() + TOKEN_LIFETIME['password-reset'] + 1),
      ),
    ).toBeUndefined();
  });

  test('a new link makes the earlier one stop working', () => {
    const user = makeUser();
    const first = issueToken(user.id, 'invitation', null);
    const second = issueToken(user.id, 'invitation', null);
    expect(consumeToken(first, 'invitation')).toBeUndefined();
    expect(consumeToken(second, 'invitation')).toEqual({ userId: user.id });
  });
});

describe('tenant scoping in queries', () => {
  test("people see their own parliament, coordinators their hubs', administrators all", () => {
    const own = makeOrganisation();
    const sibling = makeOrganisation();
    const stranger = makeOrganisation();
    const hub = makeHub([own, sibling]);
    makeHub([stranger]);
    const lead = makeUser({ role: 'lead', organisationId: own });
    const coordinator = makeUser({ coordinates: hub });
    const admin = makeUser({ isAdmin: true });
    const learner = makeUser();

    const ids = (actor: ReturnType<typeof lead.actor>) =>
      listOrganisationsFor(actor).map((o) => o.id);
    expect(ids(lead.actor())).toEqual([own]);
    expect(ids(coordinator.actor()).sort()).toEqual([own, sibling].sort());
    expect(ids(learner.actor())).toEqual([]);
    expect(ids(admin.actor())).toEqual(expect.arrayContaining([own, sibling, stranger]));

    expect(getOrganisationFor(lead.actor(), sibling)).toBeUndefined();
    expect(getOrganisationFor(coordinator.actor(), stranger)).toBeUndefined();
    expect(getOrganisationFor(coordinator.actor(), sibling)?.id).toBe(sibling);
  });
});
