import { topLevel } from '~/domain/questionnaire/tree';
import {
  demoAccounts,
  demoCountries,
  demoHubs,
  DEMO_PASSWORD,
  hubMembership,
} from '~/content/demo-data';
import { generateAnswers, hash, profileFor, random } from '~/domain/demo-answers';
import { hashPassword } from '~/lib/passwords.server';
import { addHubMember, addHub } from '~/models/hub.server';
import {
  countOrganisations,
  createOrganisation,
  listOrganisationProfiles,
} from '~/models/organisation.server';
import { getDefinition, listVersions } from '~/models/questionnaire.server';
import { inTransaction } from '~/models/transaction.server';
import { countUsers, createUser, findUserByEmail } from '~/models/user.server';
import { setGoodPractice } from '~/models/good-practice.server';
import { insertAssessment } from '~/services/bulk-assessments.server';
import { assignCoordinator, grantRole } from '~/models/role.server';

/** Whether the database holds no parliament and no person: only then is the demo seeded. */
export function isEmpty(): boolean {
  return countOrganisations() === 0 && countUsers() === 0;
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
  inTransaction(() => {
    const organisationIds = new Map<string, number[]>();
    for (const country of demoCountries) {
      for (const chamber of country.chambers) {
        const id = createOrganisation({
          name: chamber.name,
          country: country.country,
          ipuGroup: country.ipuGroup,
          chamberType: chamber.type,
          members: chamber.members,
          staff: chamber.staff,
          incomeGroup: country.incomeGroup,
          isDemo: true,
        });
        organisationIds.set(country.country, [...(organisationIds.get(country.country) ?? []), id]);
      }
    }
    const hubIds = new Map<string, number>();
    for (const hub of demoHubs) {
      const id = addHub({ ...hub, isDemo: true });
      hubIds.set(hub.slug, id);
      for (const country of hubMembership[hub.slug])
        for (const organisationId of organisationIds.get(country) ?? [])
          addHubMember(id, organisationId);
    }
    const firstOf = (country: string) => organisationIds.get(country)?.[0] ?? 0;
    const accountIds = new Map<string, number>();
    for (const account of demoAccounts) {
      accountIds.set(
        account.key,
        createUser({
          email: account.email,
          name: account.name,
          passwordHash,
          isAdmin: account.key === 'admin',
        }),
      );
    }
    const id = (key: string) => accountIds.get(key) ?? 0;
    grantRole(id('lead'), firstOf('Valdoria'), 'lead');
    grantRole(id('contributor'), firstOf('Valdoria'), 'contributor');
    grantRole(id('viewer'), firstOf('Valdoria'), 'viewer');
    grantRole(id('lead2'), firstOf('Azanu'), 'lead');
    assignCoordinator(id('coordinator'), hubIds.get('demo-ict-governance') ?? 0);
    assignCoordinator(id('coordinator2'), hubIds.get('demo-southern-africa') ?? 0);
  });
  return demoAccounts.map((a) => ({ email: a.email, password: DEMO_PASSWORD, role: a.role }));
}

const FLAGSHIP = 'parliamentary-ict-governance';
const incomeBase: Record<string, number> = {
  high: 2.6,
  'upper-middle': 2.0,
  'lower-middle': 1.5,
  low: 1.1,
};

/**
 * Demo assessments: two submitted cycles (2024 and 2025) for almost every demo parliament, and a
 * 2026 cycle in every state (submitted, in progress, not started) so that hub pages have work to
 * review. The Parliament of Valdoria has 2024 and 2025 submitted, with targets, and no 2026 yet:
 * its lead respondent starts it. Reproducible: the same seed gives the same answers.
 */
export function seedDemoAssessments(): number {
  const versions = listVersions().filter(
    (v) => v.questionnaireId === FLAGSHIP && v.status === 'published',
  );
  const first = versions[0];
  const latest = versions.at(-1);
  if (!first || !latest) return 0;
  const firstDefinition = getDefinition(first.id);
  const latestDefinition = getDefinition(latest.id);
  if (!firstDefinition || !latestDefinition) return 0;
  const orgs = listOrganisationProfiles();
  const lead = findUserByEmail('lead@demo.example')?.id ?? null;
  let count = 0;
  inTransaction(() => {
    for (const org of orgs) {
      const rng = random(hash(`demo:${org.name}`));
      const base = (incomeBase[org.incomeGroup] ?? 1.5) + (rng() - 0.5) * 1.2;
      const pace = rng() < 0.15 ? 0.8 : 0.2 + rng() * 0.25;
      const profile = profileFor(
        `profile:${org.name}`,
        base,
        latestDefinition.domains.map((d) => d.id),
      );
      const valdoria = org.country === 'Valdoria';
      const plan: {
        cycle: number;
        versionId: number;
        definition: typeof firstDefinition;
        submit: boolean;
        coverage: number;
      }[] = [];
      if (valdoria || rng() < 0.9)
        plan.push({
          cycle: 2024,
          versionId: first.id,
          definition: firstDefinition,
          submit: true,
          coverage: 0.97,
        });
      // Every demo parliament submitted 2025: benchmarks and hub pages always have a full cycle.
      plan.push({
        cycle: 2025,
        versionId: first.id,
        definition: firstDefinition,
        submit: true,
        coverage: 0.98,
      });
      const state = rng();
      if (!valdoria && state < 0.45)
        plan.push({
          cycle: 2026,
          versionId: latest.id,
          definition: latestDefinition,
          submit: true,
          coverage: 0.99,
        });
      else if (!valdoria && state < 0.75)
        plan.push({
          cycle: 2026,
          versionId: latest.id,
          definition: latestDefinition,
          submit: false,
          coverage: 0.3 + rng() * 0.6,
        });
      plan.forEach((step, index) => {
        const progress = pace * (step.cycle - 2024);
        const answers = generateAnswers(
          step.definition,
          profile,
          progress,
          `answers:${org.name}:${step.cycle}`,
          step.coverage,
        );
        const top = topLevel(step.definition);
        const targets =
          step.cycle === 2025
            ? new Map(
                step.definition.domains.map((d) => [
                  d.id,
                  Math.min(top, Math.max(1, Math.round(base + progress + 1))),
                ]),
              )
            : undefined;
        insertAssessment({
          organisationId: org.id,
          questionnaireId: FLAGSHIP,
          versionId: step.versionId,
          definition: step.definition,
          cycle: step.cycle,
          answers,
          userId: valdoria ? lead : null,
          at: new Date(Date.UTC(step.cycle, step.cycle === 2026 ? 9 : 10, 10 + index)),
          submit: step.submit,
          domainTargets: targets,
        });
        count += 1;
      });
      if (base > 2.4 && rng() < 0.6) {
        const strong = [...profile.domainOffsets]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 3)
          .map(([id]) => id);
        setGoodPractice(org.id, strong, lead ?? 0);
      }
    }
  });
  return count;
}
