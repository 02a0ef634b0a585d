import { and, asc, eq, inArray, lte, ne, sql } from 'drizzle-orm';
import { getDb } from '~/db/client.server';
import {
  assessments,
  cohortMembers,
  goodPractice,
  organisations,
  scoreSnapshots,
} from '~/db/schema';
import { memberBands, staffBands } from '~/domain/organisation';
import { peerGroupKey, type PeerGroup } from '~/domain/peer-groups';
import { headlineScores, type HeadlineScores } from './assessment.server';

/*
 * Peer scores for benchmarks: the domain and overall scores (depth 0 and 1) of the submitted
 * assessments of one questionnaire and cycle, in a peer group. The scores are read from the
 * snapshots, never from answers. They are kept in memory per (questionnaire, cycle, group) until
 * a submission or a reopening changes them; the viewer's own parliament is removed on reading.
 *
 * What leaves this module is numbers without names: callers compute statistics from them and
 * apply the disclosure rules before anything reaches a page.
 */

interface Entry {
  organisationId: number;
  score: number | null;
  level: number | null;
}

interface CacheItem {
  stamp: string;
  nodes: Map<string, Entry[]>;
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

function load(questionnaireId: string, cycle: number, group: PeerGroup): Map<string, Entry[]> {
  const rows = getDb()
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
  const nodes = new Map<string, Entry[]>();
  for (const row of rows) {
    let list = nodes.get(row.nodeId);
    if (!list) nodes.set(row.nodeId, (list = []));
    list.push({ organisationId: row.organisationId, score: row.score, level: row.level });
  }
  // Kept in score order, so that the peers' scores come out already sorted on every request
  // (the statistics then sort a sorted list, which costs a single pass).
  for (const list of nodes.values()) {
    list.sort((a, b) => (a.score ?? Infinity) - (b.score ?? Infinity));
  }
  return nodes;
}

function entries(questionnaireId: string, cycle: number, group: PeerGroup): Map<string, Entry[]> {
  const key = `${questionnaireId}|${cycle}|${peerGroupKey(group)}`;
  const current = stamp();
  const hit = cache.get(key);
  if (hit?.stamp === current) return hit.nodes;
  const nodes = load(questionnaireId, cycle, group);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, { stamp: current, nodes });
  return nodes;
}

export interface PeerScores {
  /** Scores of the other parliaments, per node (domains and the overall score). */
  scores: Map<string, number[]>;
  levels: Map<string, number[]>;
  /** Parliaments in the group with a submitted assessment, the viewer excluded. */
  peers: number;
}

/** The peers' domain and overall scores, without the viewer's own parliament. */
export function peerScores(input: {
  questionnaireId: string;
  cycle: number;
  group: PeerGroup;
  excludeOrganisationId?: number;
}): PeerScores {
  const nodes = entries(input.questionnaireId, input.cycle, input.group);
  const scores = new Map<string, number[]>();
  const levels = new Map<string, number[]>();
  const peers = new Set<number>();
  for (const [nodeId, list] of nodes) {
    const s: number[] = [];
    const l: number[] = [];
    for (const e of list) {
      if (e.organisationId === input.excludeOrganisationId) continue;
      peers.add(e.organisationId);
      if (e.score !== null) s.push(e.score);
      if (e.level !== null) l.push(e.level);
    }
    scores.set(nodeId, s);
    levels.set(nodeId, l);
  }
  return { scores, levels, peers: peers.size };
}

/** How many parliaments of a group have a submitted assessment for a cycle (for "what others see"). */
export function groupSize(questionnaireId: string, cycle: number, group: PeerGroup): number {
  const nodes = entries(questionnaireId, cycle, group);
  return new Set([...nodes.values()].flatMap((list) => list.map((e) => e.organisationId))).size;
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

/** An organisation's own submitted cycles with their domain and overall scores, oldest first. */
export function ownSubmittedCycles(organisationId: number, questionnaireId: string): OwnCycle[] {
  const db = getDb();
  const list = db
    .select({
      id: assessments.id,
      cycle: assessments.cycle,
      versionId: assessments.questionnaireVersionId,
    })
    .from(assessments)
    .where(
      and(
        eq(assessments.organisationId, organisationId),
        eq(assessments.questionnaireId, questionnaireId),
        eq(assessments.status, 'submitted'),
      ),
    )
    .orderBy(asc(assessments.cycle))
    .all();
  const scores = headlineScores(list.map((a) => a.id));
  return list.map((a) => ({
    assessmentId: a.id,
    cycle: a.cycle,
    versionId: a.versionId,
    nodes: scores.get(a.id) ?? new Map(),
  }));
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

export function setGoodPractice(
  organisationId: number,
  domainIds: readonly string[],
  userId: number,
): void {
  getDb().transaction((tx) => {
    tx.delete(goodPractice).where(eq(goodPractice.organisationId, organisationId)).run();
    const now = new Date();
    for (const domainId of new Set(domainIds))
      tx.insert(goodPractice)
        .values({ organisationId, domainId, optedInBy: userId, optedInAt: now })
        .run();
  });
}

/**
 * Every parliament that chose to be named as a good-practice example, by domain, except the
 * viewer's own: names only, never a score.
 */
export function goodPracticeExamples(exceptOrganisationId: number): Map<string, string[]> {
  const rows = getDb()
    .select({ domainId: goodPractice.domainId, name: organisations.name })
    .from(goodPractice)
    .innerJoin(organisations, eq(organisations.id, goodPractice.organisationId))
    .where(ne(goodPractice.organisationId, exceptOrganisationId))
    .orderBy(organisations.name)
    .all();
  const byDomain = new Map<string, string[]>();
  for (const r of rows) byDomain.set(r.domainId, [...(byDomain.get(r.domainId) ?? []), r.name]);
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
