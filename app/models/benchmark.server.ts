import { and, asc, eq, inArray, lte, ne, sql } from 'drizzle-orm';
import { getDb, preparedQuery } from '~/db/client.server';
import {
  assessments,
  cohortMembers,
  goodPractice,
  organisations,
  scoreSnapshots,
} from '~/db/schema';
import { memberBands, staffBands } from '~/domain/organisation';
import { peerGroupKey, type PeerGroup } from '~/domain/peer-groups';
import { leaveOut, sampleOf, type Sample } from '~/domain/statistics';
import type { HeadlineScores } from './assessment.server';

/*
 * Peer scores for benchmarks: the domain and overall scores (depth 0 and 1) of the submitted
 * assessments of one questionnaire and cycle, in a peer group. The scores are read from the
 * snapshots, never from answers. They are kept in memory per (questionnaire, cycle, group) until
 * a submission or a reopening changes them; the viewer's own parliament is removed on reading.
 *
 * What leaves this module is numbers without names: callers compute statistics from them and
 * apply the disclosure rules before anything reaches a page.
 */

/** One node's scores in a group: sorted for the statistics, and by member to leave one out. */
interface NodeScores {
  scores: Sample;
  levels: Sample;
  /** Per member row (see GroupScores.rows): its score and level, NaN where it has none. */
  scoreOf: Float64Array;
  levelOf: Float64Array;
}

interface GroupScores {
  /** The group's parliaments with a submitted assessment, each with its row. */
  rows: Map<number, number>;
  nodes: Map<string, NodeScores>;
}

interface CacheItem {
  stamp: string;
  group: GroupScores;
}

const cache = new Map<string, CacheItem>();
const CACHE_LIMIT = 500;
let localChanges = 0;

/** Submissions and reopenings call this: every cached figure is read again. */
export function invalidateBenchmarks(): void {
  localChanges += 1;
  cache.clear();
}

/** Changes by this process (the counter) or by any other connection (SQLite's data_version). */
function stamp(): string {
  const dataVersion = getDb().$client.pragma('data_version', { simple: true }) as number;
  return `${localChanges}:${dataVersion}`;
}

function bandBounds(bands: readonly { id: string; max: number }[], id: string): [number, number] {
  const index = bands.findIndex((b) => b.id === id);
  const lower = index > 0 ? (bands[index - 1]?.max ?? 0) + 1 : 0;
  const upper = bands[index]?.max ?? Infinity;
  return [lower, Number.isFinite(upper) ? upper : Number.MAX_SAFE_INTEGER];
}

function groupConditions(group: PeerGroup) {
  const conditions = [];
  if (group.ipu) conditions.push(eq(organisations.ipuGroup, group.ipu));
  if (group.chamber) conditions.push(eq(organisations.chamberType, group.chamber));
  if (group.income) conditions.push(eq(organisations.incomeGroup, group.income));
  if (group.members) {
    const [low, high] = bandBounds(memberBands, group.members);
    conditions.push(sql`${organisations.members} BETWEEN ${low} AND ${high}`);
  }
  if (group.staff) {
    const [low, high] = bandBounds(staffBands, group.staff);
    conditions.push(sql`${organisations.staff} BETWEEN ${low} AND ${high}`);
  }
  if (group.hub !== undefined) {
    conditions.push(
      inArray(
        organisations.id,
        getDb()
          .select({ id: cohortMembers.organisationId })
          .from(cohortMembers)
          .where(eq(cohortMembers.cohortId, group.hub)),
      ),
    );
  }
  return conditions;
}

function load(questionnaireId: string, cycle: number, group: PeerGroup): GroupScores {
  const result = getDb()
    .select({
      organisationId: assessments.organisationId,
      nodeId: scoreSnapshots.nodeId,
      score: scoreSnapshots.score,
      level: scoreSnapshots.level,
    })
    .from(assessments)
    .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
    .innerJoin(
      scoreSnapshots,
      and(eq(scoreSnapshots.assessmentId, assessments.id), lte(scoreSnapshots.depth, 1)),
    )
    .where(
      and(
        eq(assessments.questionnaireId, questionnaireId),
        eq(assessments.cycle, cycle),
        eq(assessments.status, 'submitted'),
        ...groupConditions(group),
      ),
    )
    .all();
  const rows = new Map<number, number>();
  for (const r of result) if (!rows.has(r.organisationId)) rows.set(r.organisationId, rows.size);
  const byNode = new Map<string, { scoreOf: Float64Array; levelOf: Float64Array }>();
  for (const r of result) {
    let node = byNode.get(r.nodeId);
    if (!node) {
      node = {
        scoreOf: new Float64Array(rows.size).fill(Number.NaN),
        levelOf: new Float64Array(rows.size).fill(Number.NaN),
      };
      byNode.set(r.nodeId, node);
    }
    const row = rows.get(r.organisationId) ?? 0;
    node.scoreOf[row] = r.score ?? Number.NaN;
    node.levelOf[row] = r.level ?? Number.NaN;
  }
  const present = (values: Float64Array) => values.filter((v) => !Number.isNaN(v));
  const nodes = new Map<string, NodeScores>();
  for (const [nodeId, node] of byNode) {
    nodes.set(nodeId, {
      ...node,
      scores: sampleOf(present(node.scoreOf)),
      levels: sampleOf(present(node.levelOf)),
    });
  }
  return { rows, nodes };
}

function groupScores(questionnaireId: string, cycle: number, group: PeerGroup): GroupScores {
  const key = `${questionnaireId}|${cycle}|${peerGroupKey(group)}`;
  const current = stamp();
  const hit = cache.get(key);
  if (hit?.stamp === current) return hit.group;
  const loaded = load(questionnaireId, cycle, group);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, { stamp: current, group: loaded });
  return loaded;
}

export interface PeerScores {
  /** Scores of the other parliaments, per node (domains and the overall score). */
  scores: Map<string, Sample>;
  levels: Map<string, Sample>;
  /** Parliaments in the group with a submitted assessment, the viewer excluded. */
  peers: number;
}

/**
 * The peers' domain and overall scores, without the viewer's own parliament. The viewer's own
 * scores are taken from the same cached read as everyone else's, so what is left out is exactly
 * what was counted.
 */
export function peerScores(input: {
  questionnaireId: string;
  cycle: number;
  group: PeerGroup;
  excludeOrganisationId?: number;
}): PeerScores {
  const group = groupScores(input.questionnaireId, input.cycle, input.group);
  const row =
    input.excludeOrganisationId === undefined
      ? undefined
      : group.rows.get(input.excludeOrganisationId);
  const scores = new Map<string, Sample>();
  const levels = new Map<string, Sample>();
  for (const [nodeId, node] of group.nodes) {
    const score = row === undefined ? Number.NaN : (node.scoreOf[row] ?? Number.NaN);
    const level = row === undefined ? Number.NaN : (node.levelOf[row] ?? Number.NaN);
    scores.set(nodeId, Number.isNaN(score) ? node.scores : leaveOut(node.scores, score));
    levels.set(nodeId, Number.isNaN(level) ? node.levels : leaveOut(node.levels, level));
  }
  return { scores, levels, peers: group.rows.size - (row === undefined ? 0 : 1) };
}

/** How many parliaments of a group have a submitted assessment for a cycle (for "what others see"). */
export function groupSize(questionnaireId: string, cycle: number, group: PeerGroup): number {
  return groupScores(questionnaireId, cycle, group).rows.size;
}

/** Cycles with submitted assessments, newest first, with how many parliaments submitted in each. */
export function benchmarkCycles(questionnaireId: string): { cycle: number; parliaments: number }[] {
  return getDb()
    .select({
      cycle: assessments.cycle,
      parliaments: sql<number>`count(DISTINCT ${assessments.organisationId})`,
    })
    .from(assessments)
    .where(
      and(eq(assessments.questionnaireId, questionnaireId), eq(assessments.status, 'submitted')),
    )
    .groupBy(assessments.cycle)
    .orderBy(sql`${assessments.cycle} DESC`)
    .all();
}

export interface OwnCycle {
  assessmentId: number;
  cycle: number;
  versionId: number;
  nodes: HeadlineScores;
}

const ownCyclesQuery = preparedQuery((db) =>
  db
    .select({
      id: assessments.id,
      cycle: assessments.cycle,
      versionId: assessments.questionnaireVersionId,
      nodeId: scoreSnapshots.nodeId,
      score: scoreSnapshots.score,
      level: scoreSnapshots.level,
    })
    .from(assessments)
    .innerJoin(
      scoreSnapshots,
      and(eq(scoreSnapshots.assessmentId, assessments.id), lte(scoreSnapshots.depth, 1)),
    )
    .where(
      and(
        eq(assessments.organisationId, sql.placeholder('organisationId')),
        eq(assessments.questionnaireId, sql.placeholder('questionnaireId')),
        eq(assessments.status, 'submitted'),
      ),
    )
    .orderBy(asc(assessments.cycle), asc(assessments.id))
    .prepare(),
);

/** An organisation's own submitted cycles with their domain and overall scores, oldest first. */
export function ownSubmittedCycles(organisationId: number, questionnaireId: string): OwnCycle[] {
  const cycles: OwnCycle[] = [];
  for (const row of ownCyclesQuery().all({ organisationId, questionnaireId })) {
    let current = cycles.at(-1);
    if (current?.assessmentId !== row.id) {
      current = {
        assessmentId: row.id,
        cycle: row.cycle,
        versionId: row.versionId,
        nodes: new Map(),
      };
      cycles.push(current);
    }
    current.nodes.set(row.nodeId, { score: row.score, level: row.level });
  }
  return cycles;
}

// Good-practice examples.

export function goodPracticeDomains(organisationId: number): string[] {
  return getDb()
    .select({ domainId: goodPractice.domainId })
    .from(goodPractice)
    .where(eq(goodPractice.organisationId, organisationId))
    .all()
    .map((r) => r.domainId);
}

/**
 * The domains where an organisation agrees to be named. With `among` (the domains of the
 * questionnaire a form listed), only those are set: choices for other domains stay.
 */
export function setGoodPractice(
  organisationId: number,
  domainIds: readonly string[],
  userId: number,
  among?: readonly string[],
): void {
  if (among?.length === 0) return;
  getDb().transaction((tx) => {
    tx.delete(goodPractice)
      .where(
        and(
          eq(goodPractice.organisationId, organisationId),
          among ? inArray(goodPractice.domainId, [...among]) : undefined,
        ),
      )
      .run();
    const now = new Date();
    const allowed = among ? domainIds.filter((id) => among.includes(id)) : domainIds;
    for (const domainId of new Set(allowed))
      tx.insert(goodPractice)
        .values({ organisationId, domainId, optedInBy: userId, optedInAt: now })
        .run();
  });
}

const examplesQuery = preparedQuery((db) =>
  db
    .select({ domainId: goodPractice.domainId, name: organisations.name })
    .from(goodPractice)
    .innerJoin(organisations, eq(organisations.id, goodPractice.organisationId))
    .where(ne(goodPractice.organisationId, sql.placeholder('exceptOrganisationId')))
    .orderBy(organisations.name)
    .prepare(),
);

/**
 * Every parliament that chose to be named as a good-practice example, by domain, except the
 * viewer's own: names only, never a score.
 */
export function goodPracticeExamples(exceptOrganisationId: number): Map<string, string[]> {
  const byDomain = new Map<string, string[]>();
  for (const r of examplesQuery().all({ exceptOrganisationId })) {
    const names = byDomain.get(r.domainId);
    if (names) names.push(r.name);
    else byDomain.set(r.domainId, [r.name]);
  }
  return byDomain;
}

/** Organisations that opted in to be named for a domain, among the given ones. */
export function namedExamples(
  organisationIds: readonly number[],
): { organisationId: number; domainId: string }[] {
  if (organisationIds.length === 0) return [];
  return getDb()
    .select({ organisationId: goodPractice.organisationId, domainId: goodPractice.domainId })
    .from(goodPractice)
    .where(inArray(goodPractice.organisationId, [...organisationIds]))
    .all();
}
