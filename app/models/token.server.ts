import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { getDb } from '~/db/client.server';
import { oneTimeTokens, type tokenPurposes } from '~/db/schema';
import { hashToken, newToken } from './session.server';

export type TokenPurpose = (typeof tokenPurposes)[number];

export const TOKEN_LIFETIME: Record<TokenPurpose, number> = {
  invitation: 7 * 24 * 60 * 60 * 1000,
  'password-reset': 60 * 60 * 1000,
};

/**
 * A new one-time link token. Earlier unused tokens of the same purpose for the same person stop
 * working: only the latest e-mail's link is valid.
 */
export function issueToken(
  userId: number,
  purpose: TokenPurpose,
  createdBy: number | null,
  now = new Date(),
): string {
  const token = newToken();
  getDb().transaction((tx) => {
    tx.update(oneTimeTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(oneTimeTokens.userId, userId),
          eq(oneTimeTokens.purpose, purpose),
          isNull(oneTimeTokens.usedAt),
        ),
      )
      .run();
    tx.insert(oneTimeTokens)
      .values({
        id: hashToken(token),
        purpose,
        userId,
        createdBy,
        createdAt: now,
        expiresAt: new Date(now.getTime() + TOKEN_LIFETIME[purpose]),
      })
      .run();
  });
  return token;
}

/** The person a live token belongs to, without using it up (to show the form). */
export function peekToken(
  token: string,
  purpose: TokenPurpose,
  now = new Date(),
): { userId: number } | undefined {
  return getDb()
    .select({ userId: oneTimeTokens.userId })
    .from(oneTimeTokens)
    .where(
      and(
        eq(oneTimeTokens.id, hashToken(token)),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, now),
      ),
    )
    .get();
}

/** Uses a token up, once: a second use, an expired token or a wrong purpose gives undefined. */
export function consumeToken(
  token: string,
  purpose: TokenPurpose,
  now = new Date(),
): { userId: number } | undefined {
  return getDb()
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(oneTimeTokens.id, hashToken(token)),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, now),
      ),
    )
    .returning({ userId: oneTimeTokens.userId })
    .get();
}

/** When the last password-reset link for this person was made, to keep mailboxes from flooding. */
export function lastResetRequest(userId: number, since: Date): Date | undefined {
  return getDb()
    .select({ at: oneTimeTokens.createdAt })
    .from(oneTimeTokens)
    .where(
      and(
        eq(oneTimeTokens.userId, userId),
        eq(oneTimeTokens.purpose, 'password-reset'),
        gt(oneTimeTokens.createdAt, since),
      ),
    )
    .orderBy(desc(oneTimeTokens.createdAt))
    .get()?.at;
}
