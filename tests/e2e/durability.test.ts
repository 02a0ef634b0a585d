import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, test } from 'vitest';
import { Client } from '../support/http';
import { startServer, type RunningServer } from '../support/server';

/*
 * Saves that the client saw acknowledged survive the server being killed (SIGKILL) at random
 * moments, again and again; the database stays intact; a submission is all or nothing. A moment
 * is a random number of acknowledged saves, never a time: a slow machine kills as far into the
 * work as a fast one.
 */

const databaseFile = resolve('tests/.tmp', `durability-${Date.now()}.db`);
const ROUNDS = 6;
const WORKERS = 8;
/** Each round is killed after between KILL_AFTER.min and KILL_AFTER.max acknowledged saves. */
const KILL_AFTER = { min: WORKERS, max: 4 * WORKERS };

const between = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));
let server: RunningServer | undefined;

afterAll(async () => {
  await server?.stop('SIGKILL');
  for (const suffix of ['', '-wal', '-shm']) rmSync(databaseFile + suffix, { force: true });
});

interface Ack {
  questionId: string;
  operation: string;
  revision: number;
}

function choiceQuestions(): string[] {
  const db = new Database(databaseFile, { readonly: true });
  const row = db
    .prepare(
      "SELECT definition FROM questionnaire_versions WHERE status = 'published' ORDER BY id DESC LIMIT 1",
    )
    .get() as { definition: string };
  db.close();
  const definition = JSON.parse(row.definition) as {
    domains: { questions?: { id: string; kind: string; scale?: string }[] }[];
  };
  return definition.domains.flatMap((d) =>
    (d.questions ?? [])
      .filter((q) => q.kind === 'choice' && q.scale === 'maturity')
      .map((q) => q.id),
  );
}

async function startAssessment(
  client: Client,
  organisationId: number,
  cycle: number,
): Promise<string> {
  const page = await client.get(`/o/${organisationId}/assessments`);
  const versionId =
    /name="versionId"[^>]*>\s*<option value="(\d+)"/.exec(page.html)?.[1] ??
    /<option value="(\d+)"[^>]*selected/.exec(page.html)?.[1];
  if (!versionId) throw new Error('no version offered');
  const started = await client.post(`/o/${organisationId}/assessments`, {
    versionId,
    cycle: String(cycle),
  });
  if (started.status !== 303 || !started.location)
    throw new Error(`start failed: ${started.status}`);
  return started.location.split('?')[0] ?? '';
}

test('acknowledged saves survive repeated SIGKILLs; the database stays intact; submissions are atomic', async () => {
  server = await startServer({ databaseFile });
  const lead = await new Client(server.url).signIn('lead@demo.example');
  const questions = choiceQuestions();
  expect(questions.length).toBeGreaterThanOrEqual(WORKERS);
  const organisationId = (
    new Database(databaseFile, { readonly: true })
      .prepare("SELECT id FROM organisations WHERE name = 'Parliament of Valdoria'")
      .get() as { id: number }
  ).id;

  const acked: Ack[] = [];
  const revisions = new Map<string, number>();
  let unacknowledged = 0;
  let killedDuringSubmit = 0;

  for (let round = 0; round < ROUNDS; round++) {
    const base = await startAssessment(lead, organisationId, 2040 + round);
    const assessmentId = Number(base.split('/').pop());
    revisions.clear();
    const killAfter = between(KILL_AFTER.min, KILL_AFTER.max);
    // Half the rounds also submit, after a random number of saves, racing the kill.
    const submitAfter = round % 2 === 1 ? between(1, killAfter) : undefined;
    let submitter = Promise.resolve();
    let roundAcks = 0;
    let running = WORKERS;
    let kill = () => {};
    // The kill comes after killAfter saves, or once every worker stopped (the submission locked
    // the assessment), whichever is first.
    const killMoment = new Promise<void>((resolve) => (kill = resolve));
    const acknowledged = (ack: Ack) => {
      acked.push(ack);
      roundAcks += 1;
      if (roundAcks === submitAfter) {
        submitter = lead.post(`${base}/submit`, {}).then(
          () => undefined,
          () => {
            killedDuringSubmit += 1;
          },
        );
      }
      if (roundAcks >= killAfter) kill();
    };
    let stop = false;
    const worker = async (w: number) => {
      const mine = questions.filter((_, i) => i % WORKERS === w);
      let n = 0;
      while (!stop) {
        const questionId = mine[n % mine.length] ?? '';
        n += 1;
        const operation = `round${round}-worker${w}-${n}`;
        const body = {
          questionId,
          operation,
          [`${questionId}::answer`]: String(n % 6),
          [`${questionId}::revision`]: String(revisions.get(questionId) ?? 0),
        };
        try {
          const response = await lead.post(`${base}/answers`, body);
          const reply = JSON.parse(response.html) as {
            status: string;
            revision?: number;
            current?: { revision: number };
          };
          if (
            reply.status === 'saved' ||
            reply.status === 'duplicate' ||
            reply.status === 'unchanged'
          ) {
            revisions.set(questionId, reply.revision ?? 0);
            acknowledged({
              questionId: `${assessmentId}:${questionId}`,
              operation,
              revision: reply.revision ?? 0,
            });
          } else if (reply.status === 'conflict' && reply.current) {
            revisions.set(questionId, reply.current.revision);
          } else if (reply.status === 'locked') {
            return;
          }
        } catch {
          unacknowledged += 1;
          return;
        }
      }
    };
    const workers = Array.from({ length: WORKERS }, (_, w) =>
      worker(w).finally(() => {
        running -= 1;
        if (running === 0) kill();
      }),
    );
    await killMoment;
    await server.stop('SIGKILL');
    stop = true;
    await Promise.all(workers);
    await submitter;
    // The kill came after the saves it waited for, unless a submission ended the round first.
    expect(roundAcks).toBeGreaterThanOrEqual(submitAfter ?? killAfter);

    server = await startServer({ databaseFile, port: server.port });

    const db = new Database(databaseFile, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const history = db.prepare(
      'SELECT operation_id FROM answer_history WHERE operation_id IS NOT NULL',
    );
    const present = new Set(
      (history.all() as { operation_id: string }[]).map((r) => r.operation_id),
    );
    const missing = acked.filter((a) => !present.has(a.operation));
    expect(missing).toEqual([]);
    const current = db
      .prepare('SELECT assessment_id, question_id, revision FROM answers')
      .all() as { assessment_id: number; question_id: string; revision: number }[];
    const revisionOf = new Map(
      current.map((r) => [`${r.assessment_id}:${r.question_id}`, r.revision]),
    );
    for (const ack of acked)
      expect(revisionOf.get(ack.questionId) ?? 0).toBeGreaterThanOrEqual(ack.revision);
    // Every assessment is either wholly submitted (status, hash, event, snapshot) or not at all.
    const states = db
      .prepare(
        `SELECT a.id, a.status, a.answers_hash AS hash,
           (SELECT count(*) FROM score_snapshots s WHERE s.assessment_id = a.id) AS snapshots,
           (SELECT count(*) FROM assessment_events e WHERE e.assessment_id = a.id AND e.kind = 'submitted') AS submissions
         FROM assessments a WHERE a.cycle >= 2040`,
      )
      .all() as {
      id: number;
      status: string;
      hash: string | null;
      snapshots: number;
      submissions: number;
    }[];
    for (const s of states) {
      if (s.status === 'submitted') {
        expect(s.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(s.snapshots).toBeGreaterThan(questions.length);
        expect(s.submissions).toBe(1);
      } else {
        expect({ hash: s.hash, snapshots: s.snapshots, submissions: s.submissions }).toEqual({
          hash: null,
          snapshots: 0,
          submissions: 0,
        });
      }
    }
    db.close();
  }
  console.info(
    `durability: ${acked.length} acknowledged saves kept over ${ROUNDS} kills; ${unacknowledged} requests cut off; ${killedDuringSubmit} submissions cut off`,
  );
}, 180_000);
