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
    const hub = (slug: string) =>
      (db.prepare('SELECT id FROM hubs WHERE slug = ?').get(slug) as { id: number } | undefined)
        ?.id ?? 0;
    const user = (email: string) =>
      (db.prepare('SELECT id FROM users WHERE email = ?').get(email) as { id: number } | undefined)
        ?.id ?? 0;
    const submitted = (organisationId: number) =>
      (
        db
          .prepare(
            "SELECT id FROM assessments WHERE organisation_id = ? AND status = 'submitted' ORDER BY cycle DESC LIMIT 1",
          )
          .get(organisationId) as { id: number } | undefined
      )?.id ?? 0;
    const submittedIn = (organisationId: number, cycle: number) =>
      (
        db
          .prepare(
            "SELECT id FROM assessments WHERE organisation_id = ? AND cycle = ? AND status = 'submitted'",
          )
          .get(organisationId, cycle) as { id: number } | undefined
      )?.id ?? 0;
    const flagship = db
      .prepare(
        "SELECT definition FROM questionnaire_versions WHERE questionnaire_id = 'parliamentary-ict-governance' ORDER BY id LIMIT 1",
      )
      .get() as { definition: string } | undefined;
    const definition = flagship
      ? (JSON.parse(flagship.definition) as {
          domains: { id: string; questions?: { id: string }[] }[];
        })
      : { domains: [] };
    const firstModule =
      (
        db.prepare('SELECT id FROM course_modules ORDER BY id LIMIT 1').get() as
          { id: string } | undefined
      )?.id ?? 'none';
    return {
      valdoriaSubmitted: submitted(organisation('Parliament of Valdoria')),
      lindmarkSubmitted: submitted(organisation('Storting of Lindmark')),
      bekoraSubmitted: submitted(organisation('National Assembly of Bekora')),
      firstDomain: definition.domains[0]?.id ?? 'none',
      firstQuestion: definition.domains[0]?.questions?.[0]?.id ?? 'none',
      firstModule,
      valdoria: organisation('Parliament of Valdoria'),
      lindmark: organisation('Storting of Lindmark'),
      bekora: organisation('National Assembly of Bekora'),
      azanu: organisation('National Assembly of Azanu'),
      // Members whose 2024 cycle no other test reads: the reopening tests reopen it.
      montevel: organisation('Grand Council of Montevel'),
      montevel2024: submittedIn(organisation('Grand Council of Montevel'), 2024),
      tauraki: organisation('House of Representatives of Tauraki'),
      tauraki2024: submittedIn(organisation('House of Representatives of Tauraki'), 2024),
      karatov: organisation('Supreme Council of Karatov'),
      karatov2024: submittedIn(organisation('Supreme Council of Karatov'), 2024),
      hubGovernance: hub('demo-ict-governance'),
      hubAfrica: hub('demo-southern-africa'),
      contributor: user('contributor@demo.example'),
      leadAzanu: user('lead.azanu@demo.example'),
      learner: user('learner@demo.example'),
    };
  } finally {
    db.close();
  }
}
