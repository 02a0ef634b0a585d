import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { getEnv } from '~/lib/env.server';
import * as schema from './schema';

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * Opens a database file with the pragmas every connection needs. Nothing here runs on import:
 * the server, the scripts and the tests each decide when to open and when to migrate.
 */
export function openDatabase(file: string): AppDatabase {
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // FULL: a save the user saw acknowledged survives a power cut, not only a crash.
  sqlite.pragma('synchronous = FULL');
  return drizzle(sqlite, { schema });
}

function countAppliedMigrations(db: AppDatabase): number {
  const table = db.$client
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'",
    )
    .get();
  if (!table) return 0;
  const row = db.$client.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as {
    n: number;
  };
  return row.n;
}

/** Applies pending migrations from `folder`; returns how many ran (0 on an up-to-date file). */
export function applyMigrations(db: AppDatabase, folder = getEnv().MIGRATIONS_DIR): number {
  const before = countAppliedMigrations(db);
  migrate(db, { migrationsFolder: resolve(folder) });
  return countAppliedMigrations(db) - before;
}

/**
 * Runs a write and says whether it happened: false when SQLite refused it because a row it
 * refers to (a parliament, a hub, a person) does not exist. Models use it to turn an unknown id
 * from a form into an outcome rather than a 500; any other failure is thrown.
 */
export function writeWithReferences(write: () => unknown): boolean {
  try {
    write();
    return true;
  } catch (error) {
    if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY')
      return false;
    throw error;
  }
}

const holder = globalThis as typeof globalThis & { __appDatabase?: AppDatabase };

let scoreChanges = 0;

/** Models call this when submitted scores change (a submission, a reopening). */
export function noteScoresChanged(): void {
  scoreChanges += 1;
}

/**
 * Changes whatever submitted scores change, in this process (the counter) or in any other
 * connection to the file (SQLite's data_version): what a cache of scores compares.
 */
export function scoresStamp(): string {
  const dataVersion = getDb().$client.pragma('data_version', { simple: true });
  return `${scoreChanges}:${String(dataVersion)}`;
}

/** The process's shared connection, opened on first use (kept across dev reloads). */
export function getDb(): AppDatabase {
  holder.__appDatabase ??= openDatabase(getEnv().databaseFile);
  return holder.__appDatabase;
}

export function closeDb(): void {
  holder.__appDatabase?.$client.close();
  holder.__appDatabase = undefined;
}

/**
 * A query that drizzle builds and SQLite compiles once per connection, then reuses: for the few
 * queries that every page runs (the session, the person, the organisation in the URL), where
 * building the SQL again on each request costs more than running it.
 */
export function preparedQuery<T>(build: (db: AppDatabase) => T): () => T {
  const byConnection = new WeakMap<AppDatabase, T>();
  return () => {
    const db = getDb();
    let query = byConnection.get(db);
    if (query === undefined) {
      query = build(db);
      byConnection.set(db, query);
    }
    return query;
  };
}
