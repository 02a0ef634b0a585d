import { sql } from 'drizzle-orm';
import {
  demoAccounts,
  demoCountries,
  demoHubs,
  DEMO_PASSWORD,
  hubMembership,
} from '~/content/demo-data';
import { getDb } from '~/db/client.server';
import {
  cohortMembers,
  cohorts,
  coordinatorAssignments,
  memberships,
  organisations,
  users,
} from '~/db/schema';
import { hashPassword } from '~/lib/passwords.server';

export function isEmpty(): boolean {
  const db = getDb();
  const orgs =
    db
      .select({ n: sql<number>`count(*)` })
      .from(organisations)
      .get()?.n ?? 0;
  const people =
    db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .get()?.n ?? 0;
  return orgs === 0 && people === 0;
}

export interface DemoLogin {
  email: string;
  password: string;
  role: string;
}

/**
 * Fills an empty database with the demo: fictional parliaments across the IPU groups, chamber
 * types, sizes and income groups, four hubs, and one account for each role.
 */
export async function seedDemo(): Promise<DemoLogin[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const db = getDb();
  db.transaction((tx) => {
    const organisationIds = new Map<string, number[]>();
    for (const country of demoCountries) {
      for (const chamber of country.chambers) {
        const id = tx
          .insert(organisations)
          .values({
            name: chamber.name,
            country: country.country,
            ipuGroup: country.ipuGroup,
            chamberType: chamber.type,
            members: chamber.members,
            staff: chamber.staff,
            incomeGroup: country.incomeGroup,
            isDemo: true,
          })
          .returning({ id: organisations.id })
          .get().id;
        organisationIds.set(country.country, [...(organisationIds.get(country.country) ?? []), id]);
      }
    }
    const hubIds = new Map<string, number>();
    for (const hub of demoHubs) {
      const id = tx
        .insert(cohorts)
        .values({ ...hub, isDemo: true })
        .returning({ id: cohorts.id })
        .get().id;
      hubIds.set(hub.slug, id);
      for (const country of hubMembership[hub.slug]) {
        for (const organisationId of organisationIds.get(country) ?? []) {
          tx.insert(cohortMembers).values({ cohortId: id, organisationId }).run();
        }
      }
    }
    const firstOf = (country: string) => organisationIds.get(country)?.[0] ?? 0;
    const accountIds = new Map<string, number>();
    for (const account of demoAccounts) {
      const id = tx
        .insert(users)
        .values({
          email: account.email,
          name: account.name,
          passwordHash,
          isAdmin: account.key === 'admin',
        })
        .returning({ id: users.id })
        .get().id;
      accountIds.set(account.key, id);
    }
    const id = (key: string) => accountIds.get(key) ?? 0;
    tx.insert(memberships)
      .values([
        { userId: id('lead'), organisationId: firstOf('Valdoria'), role: 'lead' },
        { userId: id('contributor'), organisationId: firstOf('Valdoria'), role: 'contributor' },
        { userId: id('viewer'), organisationId: firstOf('Valdoria'), role: 'viewer' },
        { userId: id('lead2'), organisationId: firstOf('Azanu'), role: 'lead' },
      ])
      .run();
    tx.insert(coordinatorAssignments)
      .values([
        { userId: id('coordinator'), cohortId: hubIds.get('demo-ict-governance') ?? 0 },
        { userId: id('coordinator2'), cohortId: hubIds.get('demo-southern-africa') ?? 0 },
      ])
      .run();
  });
  return demoAccounts.map((a) => ({ email: a.email, password: DEMO_PASSWORD, role: a.role }));
}
