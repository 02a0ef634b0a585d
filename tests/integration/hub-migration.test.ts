import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { applyMigrations, openDatabase } from '~/db/client.server';

/*
 * Migration 0008 renames the cohort tables and columns to hubs. An installation that ran the
 * earlier migrations keeps every hub, member, coordinator and join request, and its audit log
 * speaks of hubs too.
 */

const dir = mkdtempSync(join('tests/.tmp', 'hub-migration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The migrations folder as it was before 0008 (the journal cut after 0007). */
function migrationsBefore0008(): string {
  const folder = join(dir, 'before');
  cpSync('drizzle', folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((e) => e.tag < '0008');
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

test('hubs, members, coordinators, requests and audit entries survive the rename', () => {
  const db = openDatabase(join(dir, 'old.db'));
  applyMigrations(db, migrationsBefore0008());
  const sql = db.$client;
  sql.exec(`
    INSERT INTO organisations (id, name, country, ipu_group, chamber_type, members, staff, income_group)
      VALUES (1, 'Old Parliament', 'Oldland', 'twelve-plus', 'unicameral', 100, 300, 'high');
    INSERT INTO users (id, email, name) VALUES (7, 'old.coordinator@example.org', 'Old Coordinator');
    INSERT INTO cohorts (id, slug, name, description) VALUES (3, 'old-hub', 'Old hub', '');
    INSERT INTO cohort_members (cohort_id, organisation_id) VALUES (3, 1);
    INSERT INTO coordinator_assignments (user_id, cohort_id) VALUES (7, 3);
    INSERT INTO cohort_requests (cohort_id, organisation_id, requested_by, message)
      VALUES (3, 1, 7, 'Let us in');
    INSERT INTO audit_log (at, actor_id, action, target_type, target_id, detail)
      VALUES (1, 7, 'cohort.exported', 'cohort', '3', '{}'),
             (2, 7, 'sign-in', NULL, NULL, '{}');
  `);

  expect(applyMigrations(db, 'drizzle')).toBe(1);
  const rows = (query: string) => sql.prepare(query).all();
  expect(rows('SELECT id, slug, name FROM hubs')).toEqual([
    { id: 3, slug: 'old-hub', name: 'Old hub' },
  ]);
  expect(rows('SELECT hub_id, organisation_id FROM hub_members')).toEqual([
    { hub_id: 3, organisation_id: 1 },
  ]);
  expect(rows('SELECT user_id, hub_id FROM coordinator_assignments')).toEqual([
    { user_id: 7, hub_id: 3 },
  ]);
  expect(rows('SELECT hub_id, organisation_id, message, status FROM hub_requests')).toEqual([
    { hub_id: 3, organisation_id: 1, message: 'Let us in', status: 'pending' },
  ]);
  expect(rows('SELECT action, target_type FROM audit_log ORDER BY id')).toEqual([
    { action: 'hub.exported', target_type: 'hub' },
    { action: 'sign-in', target_type: null },
  ]);
  // The foreign keys follow the new names: removing the hub removes its links.
  sql.prepare('DELETE FROM hubs WHERE id = 3').run();
  expect(rows('SELECT count(*) AS n FROM hub_members')).toEqual([{ n: 0 }]);
  expect(rows('SELECT count(*) AS n FROM coordinator_assignments')).toEqual([{ n: 0 }]);
  expect(sql.pragma('foreign_key_check')).toEqual([]);
  expect(sql.pragma('integrity_check', { simple: true })).toBe('ok');
  sql.close();
});
