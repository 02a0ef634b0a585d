// npm run seed:scale -- --organisations 3000 --cycles 10 [--seed 7] [--database ./data/scale.db]
//                        [--last-cycle 2026] [--hub demo-ict-governance] (members of that hub)
// Adds realistic, reproducible submitted assessments for benchmarks at scale: N fictional
// parliaments, each with C submitted cycles of the newest published flagship version.
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { applyMigrations, getDb } from '~/db/client.server';
import { registerContent } from '~/services/registry.server';
import { organisations } from '~/db/schema';
import { chamberTypes, incomeGroups, ipuGroups } from '~/domain/organisation';
import { generateAnswers, hash, profileFor, random } from '~/domain/demo-answers';
import { getEnv } from '~/lib/env.server';
import { addHubMember, listHubs } from '~/models/hub.server';
import { getDefinition, listVersions } from '~/models/questionnaire.server';
import { insertAssessment } from '~/services/bulk-assessments.server';

const { values } = parseArgs({
  options: {
    organisations: { type: 'string', default: '100' },
    cycles: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    database: { type: 'string' },
    'last-cycle': { type: 'string', default: '2026' },
    hub: { type: 'string' },
  },
});
if (values.database) process.env.DATABASE_URL = values.database;
const count = Number(values.organisations);
const cycles = Number(values.cycles);
const lastCycle = Number(values['last-cycle']);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(cycles) || cycles < 1) {
  console.error('Use --organisations N and --cycles C with whole numbers of at least 1.');
  process.exit(2);
}

const started = performance.now();
const db = getDb();
applyMigrations(db, getEnv().MIGRATIONS_DIR);
registerContent(getEnv().QUESTIONNAIRES_DIR);
const version = listVersions()
  .filter((v) => v.questionnaireId === 'parliamentary-ict-governance' && v.status === 'published')
  .at(-1);
const definition = version && getDefinition(version.id);
if (!version || !definition) {
  console.error('The flagship questionnaire is not registered.');
  process.exit(1);
}
const hub = values.hub ? listHubs().find((c) => c.slug === values.hub) : undefined;
if (values.hub && !hub) {
  console.error(
    `No hub with the slug "${values.hub}". Hubs: ${listHubs()
      .map((c) => c.slug)
      .join(', ')}`,
  );
  process.exit(2);
}
// A bulk load: durability per transaction is not needed here, speed is.
db.$client.pragma('synchronous = OFF');
const rng = random(Number(values.seed));
const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
let assessments = 0;
const batch = 50;
for (let start = 0; start < count; start += batch) {
  db.transaction(() => {
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const name = `Scale Parliament ${String(i + 1).padStart(5, '0')} (seed ${values.seed})`;
      const income = pick(incomeGroups);
      const id = db
        .insert(organisations)
        .values({
          name,
          country: `Scaleland ${Math.floor(i / 2) + 1}`,
          ipuGroup: pick(ipuGroups),
          chamberType: pick(chamberTypes),
          members: 30 + Math.floor(rng() * 600),
          staff: 50 + Math.floor(rng() * 3000),
          incomeGroup: income,
          isDemo: true,
        })
        .onConflictDoNothing()
        .returning({ id: organisations.id })
        .get()?.id;
      if (id === undefined) continue;
      if (hub) addHubMember(hub.id, id);
      const base =
        { low: 1.1, 'lower-middle': 1.5, 'upper-middle': 2, high: 2.6 }[income] +
        (rng() - 0.5) * 1.2;
      const pace = 0.1 + rng() * 0.3;
      const profile = profileFor(
        name,
        base,
        definition.domains.map((d) => d.id),
      );
      for (let c = 0; c < cycles; c++) {
        const cycle = lastCycle - cycles + 1 + c;
        insertAssessment({
          organisationId: id,
          questionnaireId: version.questionnaireId,
          versionId: version.id,
          definition,
          cycle,
          answers: generateAnswers(
            definition,
            profile,
            pace * c,
            `${name}:${cycle}:${hash(String(values.seed))}`,
            0.98,
          ),
          userId: null,
          at: new Date(Date.UTC(cycle, 10, 1)),
          submit: true,
        });
        assessments += 1;
      }
    }
  });
  if ((start / batch) % 10 === 0)
    process.stdout.write(`\r${Math.min(count, start + batch)} / ${count} parliaments`);
}
db.$client.pragma('synchronous = FULL');
db.$client.pragma('wal_checkpoint(TRUNCATE)');
console.log(
  `\nAdded ${assessments} submitted assessments for ${count} parliaments in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
