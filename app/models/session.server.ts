import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, ne, or, sql } from 'drizzle-orm';
import { getDb, preparedQuery } from '~/db/client.server';
import { sessions, users } from '~/db/schema';

export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often: not one write per request. */
const TOUCH_EVERY_MS = 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export interface LiveSession {
  id: string;
  userId: number;
  createdAt: Date;
  lastSeenAt: Date;
}

/** A new session for the user; the token goes into the cookie, its hash into the database. */
export function createSession(
  userId: number,
  now = new Date(),
): { token: string; session: LiveSession } {
  const token = newToken();
  const id = hashToken(token);
  getDb()
    .insert(sessions)
    .values({
      id,
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
    })
    .run();
  return { token, session: { id, userId, createdAt: now, lastSeenAt: now } };
}

const sessionById = preparedQuery((db) =>
  db
    .select({
      id: sessions.id,
      userId: sessions.userId,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      disabledAt: users.disabledAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sql.placeholder('id')))
    .prepare(),
);

/**
 * The session behind a cookie token, if it is still alive: not idle for too long, not past its
 * absolute end, and its user not disabled. A dead session is deleted on sight.
 */
export function findLiveSession(token: string, now = new Date()): LiveSession | undefined {
  const id = hashToken(token);
  const row = sessionById().get({ id });
  if (!row) return undefined;
  const idle = now.getTime() - row.lastSeenAt.getTime() > SESSION_IDLE_MS;
  if (idle || row.expiresAt.getTime() <= now.getTime() || row.disabledAt) {
    deleteSession(id);
    return undefined;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    getDb().update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id)).run();
  }
  return { id: row.id, userId: row.userId, createdAt: row.createdAt, lastSeenAt: row.lastSeenAt };
}

export function deleteSession(id: string): void {
  getDb().delete(sessions).where(eq(sessions.id, id)).run();
}

/**
 * Ends every session of a user at once (sign-out everywhere, disabling, a new password), but
 * `except`: the session of the person who changed their own password stays.
 */
export function deleteUserSessions(userId: number, { except }: { except?: string } = {}): void {
  getDb()
    .delete(sessions)
    .where(
      except === undefined
        ? eq(sessions.userId, userId)
        : and(eq(sessions.userId, userId), ne(sessions.id, except)),
    )
    .run();
}

export function purgeExpiredSessions(now = new Date()): number {
  return getDb()
    .delete(sessions)
    .where(
      or(
        lt(sessions.expiresAt, now),
        lt(sessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_MS)),
      ),
    )
    .run().changes;
}
