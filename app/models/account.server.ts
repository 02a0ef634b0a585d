import { and, desc, eq, gt } from 'drizzle-orm';
import { getDb } from '~/db/client.server';
import { oneTimeTokens } from '~/db/schema';

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
