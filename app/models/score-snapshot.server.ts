import { and, asc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { getDb, preparedQuery, scoresStamp } from '~/db/client.server';
import { assessments, hubMembers, organisations, scoreSnapshots } from '~/db/schema';
import { groupCriteria, peerGroupKey, type Criterion, type PeerGroup } from '~/domain/peer-groups';
import { OVERALL, type NodeScore, type ScoreResult } from '~/domain/scoring/score';
import { groupSamples, leaveOut, type GroupSamples, type Sample } from '~/domain/statistics';

/*
 * The scores written when an assessment is submitted, one row per scored node. Dashboards,
 * trends, hub pages and benchmarks read these, never answers. Peer groups' scores are kept in
 * memory per (questionnaire, cycle, group) until submitted scores change anywhere.
 */

/** Replaces an assessment's snapshot with a scoring result (inside the submission's transaction). */
export function writeSnapshot(assessmentId: number, result: ScoreResult): void {
  const db = getDb();
  db.delete(scoreSnapshots).where(eq(scoreSnapshots.assessmentId, assessmentId)).run();
  const rows = [...result.nodes.values()].map((node) => ({
    assessmentId,
    nodeId: node.id,
    parentId: node.parentId,
    depth: node.depth,
    kind: node.kind,
    score: node.score,
    max: node.max,
    ratio: node.ratio,
    level: node.level,
    answered: node.answered,
    total: node.total,
    explanation: node.explanation,
  }));
  // One statement for the whole snapshot: the scale seed writes millions of rows.
  if (rows.length > 0) db.insert(scoreSnapshots).values(rows).run();
}

/** The scores written at the last submission, by node id. */
export function readSnapshot(assessmentId: number): Map<string, NodeScore> {
  const rows = getDb()
    .select()
    .from(scoreSnapshots)
    .where(eq(scoreSnapshots.assessmentId, assessmentId))
    .all();
  return new Map(
    rows.map((r) => [
      r.nodeId,
      {
        id: r.nodeId,
        kind: r.kind,
        parentId: r.parentId,
        depth: r.depth,
        score: r.score,
        max: r.max,
        ratio: r.ratio,
        level: r.level,
        answered: r.answered,
        total: r.total,
        explanation: r.explanation as NodeScore['explanation'],
      },
    ]),
  );
}

export function hasSnapshot(assessmentId: number): boolean {
  return (
    getDb()
      .select({ nodeId: scoreSnapshots.nodeId })
      .from(scoreSnapshots)
      .where(and(eq(scoreSnapshots.assessmentId, assessmentId), eq(scoreSnapshots.nodeId, OVERALL)))
      .get() !== undefined
  );
}

export type HeadlineScores = Map<string, { score: number | null; level: number | null }>;

/** The score and level of each node of several assessments, at the depths asked for. */
function nodeRows(assessmentIds: readonly number[], depth: SQL) {
  if (assessmentIds.length === 0) return [];
  return getDb()
    .select({
      assessmentId: scoreSnapshots.assessmentId,
      nodeId: scoreSnapshots.nodeId,
      score: scoreSnapshots.score,
      level: scoreSnapshots.level,
    })
    .from(scoreSnapshots)
    .where(and(inArray(scoreSnapshots.assessmentId, [...assessmentIds]), depth))
    .all();
}

/**
 * The overall and domain scores (snapshot depth 0 and 1) of several submitted assessments in one
 * query, by assessment id: what dashboards, trends and hub pages show.
 */
export function headlineScores(assessmentIds: readonly number[]): Map<number, HeadlineScores> {
  const byAssessment = new Map<number, HeadlineScores>();
  for (const r of nodeRows(assessmentIds, lte(scoreSnapshots.depth, 1))) {
    let nodes = byAssessment.get(r.assessmentId);
    if (!nodes) byAssessment.set(r.assessmentId, (nodes = new Map()));
    nodes.set(r.nodeId, { score: r.score, level: r.level });
  }
  return byAssessment;
}

/**
 * The scores of questions and groups (below the domains) of several assessments, for the answer
 * exports: read from the covering benchmark index, by assessment and node (see scoreKey).
 */
export function questionScores(
  assessmentIds: readonly number[],
): Map<string, { score: number | null; level: number | null }> {
  const rows = nodeRows(assessmentIds, gte(scoreSnapshots.depth, 2));
  return new Map(rows.map((r) => [scoreKey(r.assessmentId, r.nodeId), r]));
}

/** The key of questionScores' map. */
export const scoreKey = (assessmentId: number, nodeId: string) => `${assessmentId}\u0000${nodeId}`;

export interface OwnCycle {
  assessmentId: number;
  cycle: number;
  versionId: number;
  nodes: HeadlineScores;
}

const ownCyclesQuery = preparedQuery((db) =>
  db
    .select({
      id: scoreSnapshots.assessmentId,
      cycle: assessments.cycle,
      versionId: assessments.questionnaireVersionId,
      nodeId: scoreSnapshots.nodeId,
      score: scoreSnapshots.score,
      level: scoreSnapshots.level,
    })
    .from(scoreSnapshots)
    .innerJoin(assessments, eq(assessments.id, scoreSnapshots.assessmentId))
    .where(
      and(
        lte(scoreSnapshots.depth, 1),
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

// Peer groups.

function condition(criterion: Criterion) {
  switch (criterion.attribute) {
    case 'ipuGroup':
      return eq(organisations.ipuGroup, criterion.equals);
    case 'chamberType':
      return eq(organisations.chamberType, criterion.equals);
    case 'incomeGroup':
      return eq(organisations.incomeGroup, criterion.equals);
    case 'members':
      return sql`${organisations.members} BETWEEN ${criterion.from} AND ${criterion.to}`;
    case 'staff':
      return sql`${organisations.staff} BETWEEN ${criterion.from} AND ${criterion.to}`;
    case 'hub':
      return inArray(
        organisations.id,
        getDb()
          .select({ id: hubMembers.organisationId })
          .from(hubMembers)
          .where(eq(hubMembers.hubId, criterion.hubId)),
      );
  }
}

function load(questionnaireId: string, cycle: number, group: PeerGroup): GroupSamples {
  const rows = getDb()
    .select({
      organisationId: assessments.organisationId,
      nodeId: scoreSnapshots.nodeId,
      score: scoreSnapshots.score,
      level: scoreSnapshots.level,
    })
    .from(scoreSnapshots)
    .innerJoin(assessments, eq(assessments.id, scoreSnapshots.assessmentId))
    .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
    .where(
      and(
        lte(scoreSnapshots.depth, 1),
        eq(assessments.questionnaireId, questionnaireId),
        eq(assessments.cycle, cycle),
        eq(assessments.status, 'submitted'),
        ...groupCriteria(group).map(condition),
      ),
    )
    .all();
  return groupSamples(rows.map((r) => ({ member: r.organisationId, ...r })));
}

interface CacheItem {
  stamp: string;
  group: GroupSamples;
}

const cache = new Map<string, CacheItem>();
const CACHE_LIMIT = 500;

function groupScores(questionnaireId: string, cycle: number, group: PeerGroup): GroupSamples {
  const key = `${questionnaireId}|${cycle}|${peerGroupKey(group)}`;
  const current = scoresStamp();
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
 * what was counted. What leaves this module is numbers without names: callers compute
 * statistics from them and apply the disclosure rules before anything reaches a page.
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
