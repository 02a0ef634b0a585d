// Benchmark: the parliament dashboard with 3,000 organisations × 10 cycles of submitted
// assessments (the flagship questionnaire), 8 concurrent clients on loopback, against the home
// page served by the same server in the same run.
// Targets: the dashboard's server time (Server-Timing: from the request's arrival to the rendered
// page, loaders and React together) under 50 ms at the 95th percentile; its throughput at least
// half the home page's. Also printed: the latency the clients saw (which adds compression, the
// socket and the clients' own work on the same two cores) and the first dashboard after a start,
// which reads the peer group from SQLite before the cache holds it.
// Run with: npm run build && npm run bench -- dashboard   (first run seeds the data: a few minutes)
// BENCH_ORGANISATIONS, BENCH_CYCLES and BENCH_SECONDS change the size and the length of the run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { startServer } from '../support/server';
import { machine, signIn } from './_support';

const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS ?? 3000);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 10);
const CLIENTS = 8;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const dir = resolve('tests/.tmp');
const databaseFile = resolve(dir, `bench-dashboard-${ORGANISATIONS}x${CYCLES}.db`);

async function prepareData() {
  if (existsSync(databaseFile)) return;
  mkdirSync(dir, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(databaseFile + suffix, { force: true });
  // 1. The demo (people to sign in as); 2. the scale data on top.
  const server = await startServer({ databaseFile });
  await server.stop();
  const started = performance.now();
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/seed-scale.ts',
      '--organisations',
      String(ORGANISATIONS),
      '--cycles',
      String(CYCLES),
      '--database',
      databaseFile,
    ],
    {
      stdio: 'inherit',
    },
  );
  console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

interface Result {
  label: string;
  requests: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  serverP95: number;
}

/** One request alone, timed by the server, before anything is cached for it. */
async function cold(url: string, cookie: string): Promise<number> {
  const response = await fetch(url, { headers: { Cookie: cookie } });
  await response.arrayBuffer();
  return Number(/dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1] ?? NaN);
}

async function load(label: string, url: string, cookie: string): Promise<Result> {
  const latencies: number[] = [];
  const serverTimes: number[] = [];
  const deadline = performance.now() + SECONDS * 1000;
  // Warm-up: fills the peer cache and the JIT.
  for (let i = 0; i < 20; i++)
    await (await fetch(url, { headers: { Cookie: cookie } })).arrayBuffer();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const response = await fetch(url, { headers: { Cookie: cookie } });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${label}: ${response.status}`);
        latencies.push(performance.now() - t0);
        const timing = /dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1];
        if (timing) serverTimes.push(Number(timing));
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const pick = (list: number[], q: number) =>
    [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))] ?? 0;
  return {
    label,
    requests: latencies.length,
    throughput: latencies.length / elapsed,
    p50: pick(latencies, 0.5),
    p95: pick(latencies, 0.95),
    p99: pick(latencies, 0.99),
    serverP95: pick(serverTimes, 0.95),
  };
}

await prepareData();
const db = new Database(databaseFile, { readonly: true });
const counts = db
  .prepare(
    "SELECT (SELECT count(*) FROM organisations) AS orgs, (SELECT count(*) FROM assessments WHERE status = 'submitted') AS submitted, (SELECT count(*) FROM answers) AS answers, (SELECT count(*) FROM score_snapshots) AS snapshots",
  )
  .get();
const valdoria = (
  db.prepare("SELECT id FROM organisations WHERE name = 'Parliament of Valdoria'").get() as {
    id: number;
  }
).id;
db.close();
const server = await startServer({ databaseFile });
try {
  const cookie = await signIn(server.url, 'lead@demo.example');
  const dashboard = `${server.url}/o/${valdoria}/dashboard`;
  const firstAll = await cold(dashboard, cookie);
  const firstGroup = await cold(`${dashboard}?ipu=twelve-plus&income=high`, cookie);
  const results = [
    await load('home page', `${server.url}/`, cookie),
    await load('dashboard (all parliaments)', dashboard, cookie),
    await load(
      'dashboard (IPU group and income group)',
      `${dashboard}?ipu=twelve-plus&income=high`,
      cookie,
    ),
  ];
  console.log(
    `data: ${JSON.stringify(counts)}; ${CLIENTS} clients × ${SECONDS} s each; ${machine()}`,
  );
  console.log(
    `first dashboard after the start (peer group read from SQLite): all parliaments ${firstAll.toFixed(1)} ms, IPU and income group ${firstGroup.toFixed(1)} ms (server time)`,
  );
  for (const r of results) {
    console.log(
      `${r.label.padEnd(42)} ${r.throughput.toFixed(0).padStart(5)} req/s  server p95 ${r.serverP95.toFixed(1)} ms  clients saw p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms  (${r.requests} requests)`,
    );
  }
  const home = results[0];
  for (const r of results.slice(1)) {
    console.log(
      `${r.label}: server p95 ${r.serverP95 < 50 ? 'under' : 'OVER'} 50 ms; throughput ${((r.throughput / (home?.throughput ?? 1)) * 100).toFixed(0)} % of the home page's (target ≥ 50 %)`,
    );
  }
} finally {
  await server.stop();
}
