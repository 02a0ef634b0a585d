import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, test } from 'vitest';
import { startServer } from '../support/server';

const databaseFile = resolve('tests/.tmp', `restart-${Date.now()}.db`);

afterAll(() => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(databaseFile + suffix, { force: true });
});

test('a restart keeps the data and applies no migration twice', async () => {
  const first = await startServer({ databaseFile });
  const firstOutput = first.output();
  await first.stop();
  expect(firstOutput).toMatch(/Applied \d+ database migration/);

  const sqlite = new Database(databaseFile);
  const migrationsBefore = sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get();
  const organisationsBefore = sqlite.prepare('SELECT count(*) AS n FROM organisations').get();
  sqlite.close();

  const second = await startServer({ databaseFile });
  const secondOutput = second.output();
  const health = await fetch(`${second.url}/healthz`);
  await second.stop();

  expect(health.status).toBe(200);
  expect(secondOutput).toContain('Database schema is up to date');
  expect(secondOutput).not.toMatch(/Applied \d+ database migration/);
  const reopened = new Database(databaseFile);
  expect(reopened.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual(
    migrationsBefore,
  );
  expect(reopened.prepare('SELECT count(*) AS n FROM organisations').get()).toEqual(
    organisationsBefore,
  );
  expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
  reopened.close();
});

test('a broken maturity clusters file stops the start, naming the file and the fault', async () => {
  const clustersFile = resolve('tests/.tmp', `clusters-${Date.now()}.yaml`);
  writeFileSync(clustersFile, 'clusters:\n  - id: Beginners\n    name: Beginners\n    rule: {}\n');
  try {
    await expect(
      startServer({ databaseFile, env: { CLUSTERS_FILE: clustersFile } }),
    ).rejects.toThrow(/maturity clusters file is not valid: .*clusters-\d+\.yaml: clusters\.0\.id/);
  } finally {
    rmSync(clustersFile, { force: true });
  }
});
