import { getDb } from '~/db/client.server';

/**
 * Runs model calls as one transaction: all of their writes or none (an exception rolls back).
 * For services and start-up steps that write through several models. Synchronous, as every
 * better-sqlite3 transaction must be: no await inside.
 */
export function inTransaction<T>(work: () => T): T {
  return getDb().transaction(() => work());
}
