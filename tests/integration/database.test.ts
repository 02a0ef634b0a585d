import { resolve } from 'node:path';
import { rmSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { applyMigrations, getDb, openDatabase } from '~/db/client.server';
import { checkDatabase } from '~/models/health.server';

describe('database client', () => {
  test('opens with WAL, foreign keys, a busy timeout and synchronous=FULL', () => {
    const sqlite = getDb().$client;
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
  });

  test('migrations run once: a second run on the same file applies nothing', () => {
    const file = resolve('tests/.tmp', `migrate-${process.pid}-${Date.now()}.db`);
    try {
      const first = openDatabase(file);
      const applied = applyMigrations(first, 'drizzle');
      expect(applied).toBeGreaterThan(0);
      first.$client.close();

      const second = openDatabase(file);
      expect(applyMigrations(second, 'drizzle')).toBe(0);
      const tables = second.$client
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .all()
        .map((row) => (row as { name: string }).name);
      expect(tables).toEqual(
        expect.arrayContaining(['organisations', 'users', 'sessions', 'assessments', 'answers']),
      );
      second.$client.close();
    } finally {
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    }
  });

  test('foreign keys are enforced', () => {
    const sqlite = getDb().$client;
    expect(() =>
      sqlite
        .prepare('INSERT INTO memberships (user_id, organisation_id, role) VALUES (999, 999, ?)')
        .run('lead'),
    ).toThrowError(/FOREIGN KEY/);
  });

  test('the health check reads the database', () => {
    expect(checkDatabase()).toEqual({ ok: true, database: 'ok' });
  });
});
