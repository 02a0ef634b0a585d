import { copyFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll } from 'vitest';
import { closeDb } from '~/db/client.server';
import { baseDatabase, tmpDir } from './paths';

// A fresh copy of the migrated base database for every test file: files never see each other's rows.
const file = resolve(
  tmpDir,
  `test-${process.env.VITEST_POOL_ID ?? '0'}-${process.pid}-${Date.now()}.db`,
);
copyFileSync(baseDatabase, file);
process.env.DATABASE_URL = file;

afterAll(() => {
  closeDb();
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
});
