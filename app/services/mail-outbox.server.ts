import { listMessages, type OutboxMessage } from '~/models/outbox.server';

export type OutboxEntry = Omit<OutboxMessage, 'createdAt' | 'sentAt'> & {
  createdAt: string;
  sentAt: string | null;
};

/** The newest mail of the outbox, as sent (or kept, without SMTP): for administrators. */
export function mailOutbox(): OutboxEntry[] {
  return listMessages().map((m) => ({
    ...m,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
  }));
}
