import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
    ).rejects.toThrow(
      // The id of the first cluster: line 2, column 5.
      /maturity clusters file is not valid: .*clusters-\d+\.yaml:2:5: error: clusters\[0\]\.id: /,
    );
  } finally {
    rmSync(clustersFile, { force: true });
  }
});

test('a questionnaire nested 10,000 deep stops the start with one line naming the file and the place', async () => {
  const content = resolve('tests/.tmp', `content-${Date.now()}`);
  cpSync('questionnaires', content, { recursive: true });
  mkdirSync(resolve(content, 'deep'));
  writeFileSync(resolve(content, 'deep', '1.0.yaml'), `${'- '.repeat(10_000)}x\n`);
  try {
    const outcome = await startServer({ databaseFile, env: { QUESTIONNAIRES_DIR: content } }).then(
      async (server) => `started: ${await server.stop()}`,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(outcome).toMatch(/^The server exited with code 1:/);
    const lines = outcome.split('\n');
    // The 65th "- " of the line is where the nesting passes the limit of 64 levels.
    expect(lines.filter((l) => l.includes('deep/1.0.yaml'))).toEqual([
      `  tests/.tmp/${content.split('/').pop()}/deep/1.0.yaml:1:129: error: (top level): lists and maps are nested more than 64 levels deep; a questionnaire needs far fewer`,
    ]);
    expect(lines.filter((l) => /^\s+at |RangeError|Maximum call stack|FATAL/.test(l))).toEqual([]);
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
});
