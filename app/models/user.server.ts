import { asc, eq, sql } from 'drizzle-orm';
import { getDb, preparedQuery } from '~/db/client.server';
import { users } from '~/db/schema';
import { deleteUserSessions } from './session.server';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface UserRecord {
  id: number;
  email: string;
  name: string;
  passwordHash: string | null;
  isAdmin: boolean;
  locale: string | null;
  disabledAt: Date | null;
}

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  passwordHash: users.passwordHash,
  isAdmin: users.isAdmin,
  locale: users.locale,
  disabledAt: users.disabledAt,
};

export function findUserByEmail(email: string): UserRecord | undefined {
  return getDb()
    .select(userColumns)
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .get();
}

const userById = preparedQuery((db) =>
  db
    .select(userColumns)
    .from(users)
    .where(eq(users.id, sql.placeholder('id')))
    .prepare(),
);

export function getUser(id: number): UserRecord | undefined {
  return userById().get({ id });
}

export function createUser(input: {
  email: string;
  name: string;
  passwordHash?: string | null;
  isAdmin?: boolean;
}): number {
  return getDb()
    .insert(users)
    .values({
      email: normaliseEmail(input.email),
      name: input.name.trim(),
      passwordHash: input.passwordHash ?? null,
      isAdmin: input.isAdmin ?? false,
    })
    .returning({ id: users.id })
    .get().id;
}

/**
 * A new password ends every session the account had, whoever holds them; `keepSession` is the
 * one of the person changing it, signed in with the old password a moment ago.
 */
export function setPassword(
  userId: number,
  passwordHash: string,
  { keepSession }: { keepSession?: string } = {},
): void {
  getDb().transaction(() => {
    getDb().update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
    deleteUserSessions(userId, { except: keepSession });
  });
}

export function setName(userId: number, name: string): void {
  getDb().update(users).set({ name: name.trim() }).where(eq(users.id, userId)).run();
}

export function setLocale(userId: number, locale: string | null): void {
  getDb().update(users).set({ locale }).where(eq(users.id, userId)).run();
}

export function setAdmin(userId: number, isAdmin: boolean): void {
  getDb().update(users).set({ isAdmin }).where(eq(users.id, userId)).run();
}

/** Disabling ends every session of the account at once; enabling lets it sign in again. */
export function setDisabled(userId: number, disabled: boolean): void {
  getDb().transaction((tx) => {
    tx.update(users)
      .set({ disabledAt: disabled ? new Date() : null })
      .where(eq(users.id, userId))
      .run();
    if (disabled) deleteUserSessions(userId);
  });
}

export interface AccountSummary {
  id: number;
  email: string;
  name: string;
  isAdmin: boolean;
  pending: boolean;
  disabled: boolean;
}

/** Accounts for administrators, by e-mail (at most 500; a search narrows them). */
export function listUsers({ search, id }: { search?: string; id?: number } = {}): AccountSummary[] {
  const db = getDb();
  const pattern = search ? `%${search.trim().toLowerCase()}%` : undefined;
  const filter =
    id !== undefined
      ? eq(users.id, id)
      : pattern
        ? sql`lower(${users.email}) LIKE ${pattern} OR lower(${users.name}) LIKE ${pattern}`
        : undefined;
  const rows = db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      isAdmin: users.isAdmin,
      pending: sql<boolean>`${users.passwordHash} IS NULL`.mapWith(Boolean),
      disabled: sql<boolean>`${users.disabledAt} IS NOT NULL`.mapWith(Boolean),
    })
    .from(users)
    .where(filter)
    .orderBy(asc(users.email))
    .limit(500)
    .all();
  return rows;
}

export function getUserSummary(id: number): AccountSummary | undefined {
  return listUsers({ id })[0];
}

export function countUsers(): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .get()?.n ?? 0
  );
}
