import { mkdirSync, rmSync } from 'node:fs';
import { applyMigrations, openDatabase } from '~/db/client.server';
import { baseDatabase, tmpDir } from './paths';

/** Builds one migrated database; each test file then works on its own copy. */
export default function setup() {
  mkdirSync(tmpDir, { recursive: true });
  rmSync(baseDatabase, { force: true });
  const db = openDatabase(baseDatabase);
  applyMigrations(db, 'drizzle');
  // Fold the WAL into the main file so that a plain copy carries everything.
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
}
