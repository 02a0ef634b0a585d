import { desc, eq, lt } from 'drizzle-orm';
import { getDb } from '~/db/client.server';
import { mailOutbox } from '~/db/schema';

export interface OutboxMessage {
  id: number;
  to: string;
  subject: string;
  body: string;
  createdAt: Date;
  sentAt: Date | null;
  error: string | null;
}

export function storeMessage(message: { to: string; subject: string; body: string }): number {
  return getDb().insert(mailOutbox).values(message).returning({ id: mailOutbox.id }).get().id;
}

export function markSent(id: number, error?: string): void {
  getDb()
    .update(mailOutbox)
    .set(error ? { error } : { sentAt: new Date(), error: null })
    .where(eq(mailOutbox.id, id))
    .run();
}

export function listMessages({
  before,
  limit = 50,
}: { before?: number; limit?: number } = {}): OutboxMessage[] {
  return getDb()
    .select()
    .from(mailOutbox)
    .where(before ? lt(mailOutbox.id, before) : undefined)
    .orderBy(desc(mailOutbox.id))
    .limit(limit)
    .all();
}
