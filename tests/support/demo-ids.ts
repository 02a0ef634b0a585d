import Database from 'better-sqlite3';
import { inject } from 'vitest';

/** Ids of demo rows in the e2e server's database, looked up by name (read-only). */
export function demoIds() {
  const db = new Database(inject('databaseFile'), { readonly: true, fileMustExist: true });
  try {
    const organisation = (name: string) =>
      (
        db.prepare('SELECT id FROM organisations WHERE name = ?').get(name) as
          { id: number } | undefined
      )?.id ?? 0;
    const cohort = (slug: string) =>
      (db.prepare('SELECT id FROM cohorts WHERE slug = ?').get(slug) as { id: number } | undefined)
        ?.id ?? 0;
    const user = (email: string) =>
      (db.prepare('SELECT id FROM users WHERE email = ?').get(email) as { id: number } | undefined)
        ?.id ?? 0;
    return {
      valdoria: organisation('Parliament of Valdoria'),
      lindmark: organisation('Storting of Lindmark'),
      bekora: organisation('National Assembly of Bekora'),
      azanu: organisation('National Assembly of Azanu'),
      hubGovernance: cohort('demo-ict-governance'),
      hubAfrica: cohort('demo-southern-africa'),
      contributor: user('contributor@demo.example'),
      leadAzanu: user('lead.azanu@demo.example'),
      learner: user('learner@demo.example'),
    };
  } finally {
    db.close();
  }
}
