import { loadClusters } from '~/content/clusters.server';
import { ContentError, registerContent } from '~/services/registry.server';
import { applyMigrations, closeDb, getDb } from '~/db/client.server';
import type { Env } from '~/lib/env.server';
import { isEmpty, seedDemo, seedDemoAssessments } from '~/services/demo-seed.server';
import { countOrganisations } from '~/models/organisation.server';

export interface Startup {
  /** Lines for the console once the server listens (demo logins, for instance). */
  messages: string[];
  close(): void;
}

/**
 * Everything that must hold before the first request: the schema is current, the questionnaires
 * are registered, and an empty demo database has its demo content. The connection it opens is
 * the process's shared one (see getDb): the app uses it afterwards.
 */
export async function prepare(env: Env): Promise<Startup> {
  getDb();
  const applied = applyMigrations(getDb(), env.MIGRATIONS_DIR);
  console.log(
    applied === 0 ? 'Database schema is up to date' : `Applied ${applied} database migration(s)`,
  );

  try {
    const report = registerContent(env.QUESTIONNAIRES_DIR);
    const added = report.versions.filter((v) => v.result !== 'unchanged');
    console.log(
      `Questionnaires: ${report.versions.length} version(s), ${report.modules} course module(s)` +
        (added.length
          ? `; registered ${added.map((v) => `${v.id} ${v.version}`).join(', ')}`
          : '') +
        (report.warnings ? ` (${report.warnings} warning(s): npm run questionnaires:check)` : ''),
    );
    if (!report.versions.some((v) => v.id === env.FLAGSHIP_QUESTIONNAIRE)) {
      console.warn(
        `Warning: FLAGSHIP_QUESTIONNAIRE is ${env.FLAGSHIP_QUESTIONNAIRE}, which no questionnaire file declares: a parliament's dashboard and learning path open on the questionnaire it submitted last.`,
      );
    }
  } catch (error) {
    closeDb();
    if (error instanceof ContentError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  // A mistake in the cluster thresholds stops the start, rather than the first dashboard.
  try {
    const clusters = loadClusters();
    console.log(`Maturity clusters: ${clusters.clusters.map((c) => c.id).join(', ')}`);
  } catch (error) {
    closeDb();
    console.error(
      `The maturity clusters file is not valid: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }

  const messages: string[] = [];
  if (env.seedDemo && isEmpty()) {
    const logins = await seedDemo();
    const seeded = seedDemoAssessments();
    console.log(
      `Seeded the demo: ${countOrganisations()} fictional parliaments, hubs, accounts and ${seeded} assessments`,
    );
    messages.push('Demo accounts (all fictional; the password is the same for each):');
    for (const login of logins)
      messages.push(`  ${login.email.padEnd(34)} ${login.password}   ${login.role}`);
  } else if (env.isDemo) {
    messages.push(
      'Demo accounts: see the README (the database already had data, so nothing was seeded).',
    );
  }
  return { messages, close: closeDb };
}
