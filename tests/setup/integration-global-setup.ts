import { mkdirSync, rmSync } from 'node:fs';
import { registerContent } from '~/services/registry.server';
import { applyMigrations, closeDb, getDb } from '~/db/client.server';
import { baseDatabase, tmpDir } from './paths';

/**
 * Builds one migrated database with the shipped questionnaires registered; each test file then
 * works on its own copy (tests/setup/worker-database.ts).
 */
export default function setup() {
  mkdirSync(tmpDir, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(baseDatabase + suffix, { force: true });
  process.env.DATABASE_URL = baseDatabase;
  const db = getDb();
  applyMigrations(db, 'drizzle');
  registerContent(process.env.QUESTIONNAIRES_DIR ?? 'questionnaires');
  // Fold the WAL into the main file so that a plain copy carries everything.
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  closeDb();
}
