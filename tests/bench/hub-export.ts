// Benchmark: a hub export of 500 parliaments × the flagship questionnaire (about 80 questions),
// answers and scores, as CSV and XLSX, fetched whole by a coordinator over loopback.
// Targets: each export completes in under 2 s; the server's resident memory stays flat (the
// answers are streamed page by page rather than gathered first).
// Run with: npm run build && npm run bench -- hub-export   (first run seeds the data)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { startServer } from '../support/server';
import { machine, residentMiB, signIn } from './_support';

const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS ?? 500);
const HUB = 'demo-ict-governance';
const CYCLE = 2026;
const ROUNDS = 3;
const dir = resolve('tests/.tmp');
const databaseFile = resolve(dir, `bench-export-${ORGANISATIONS}.db`);

async function prepareData() {
  if (existsSync(databaseFile)) return;
  mkdirSync(dir, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(databaseFile + suffix, { force: true });
  const server = await startServer({ databaseFile });
  await server.stop();
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/seed-scale.ts',
      '--organisations',
      String(ORGANISATIONS),
      '--cycles',
      '1',
      '--last-cycle',
      String(CYCLE),
      '--hub',
      HUB,
      '--database',
      databaseFile,
    ],
    { stdio: 'inherit' },
  );
}

await prepareData();
// Started first: a database kept from an earlier run is migrated before it is read.
const server = await startServer({ databaseFile });
const db = new Database(databaseFile, { readonly: true });
const hub = db.prepare('SELECT id FROM hubs WHERE slug = ?').get(HUB) as { id: number };
const facts = db
  .prepare(
    `SELECT count(DISTINCT a.organisation_id) AS parliaments, count(*) AS answers,
            count(DISTINCT an.question_id) AS questions
       FROM hub_members m JOIN assessments a ON a.organisation_id = m.organisation_id
       JOIN answers an ON an.assessment_id = a.id
      WHERE m.hub_id = ? AND a.cycle = ? AND a.status = 'submitted'`,
  )
  .get(hub.id, CYCLE);
db.close();

try {
  const pid = server.process.pid ?? 0;
  const cookie = await signIn(server.url, 'coordinator@demo.example');
  console.log(`data: ${JSON.stringify(facts)}; ${machine()}`);
  const base = `${server.url}/hubs/${hub.id}`;
  const cases = [
    ['answers CSV', `${base}/export.csv?kind=answers&cycle=${CYCLE}`],
    ['answers XLSX', `${base}/export.xlsx?kind=answers&cycle=${CYCLE}`],
    ['scores CSV', `${base}/export.csv?cycle=${CYCLE}`],
    ['scores XLSX', `${base}/export.xlsx?cycle=${CYCLE}`],
  ] as const;
  // One warm-up of each, so that the first measured round is not the JIT's.
  for (const [, url] of cases)
    await (await fetch(url, { headers: { Cookie: cookie } })).arrayBuffer();
  const idle = residentMiB(pid);
  let peak = idle;
  const sampler = setInterval(() => (peak = Math.max(peak, residentMiB(pid))), 10);
  for (const [label, url] of cases) {
    const times: number[] = [];
    let bytes = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const t0 = performance.now();
      const response = await fetch(url, { headers: { Cookie: cookie } });
      if (response.status !== 200) throw new Error(`${label}: ${response.status}`);
      bytes = (await response.arrayBuffer()).byteLength;
      times.push(performance.now() - t0);
    }
    const worst = Math.max(...times);
    console.log(
      `${label.padEnd(14)} ${(bytes / 1024 / 1024).toFixed(1).padStart(5)} MiB  best ${Math.min(...times).toFixed(0)} ms  worst ${worst.toFixed(0)} ms  ${worst < 2000 ? 'under' : 'OVER'} 2 s`,
    );
  }
  clearInterval(sampler);
  console.log(
    `server resident memory: ${idle.toFixed(0)} MiB after warm-up, peak ${peak.toFixed(0)} MiB during the measured exports (+${(peak - idle).toFixed(0)} MiB)`,
  );
} finally {
  await server.stop();
}
