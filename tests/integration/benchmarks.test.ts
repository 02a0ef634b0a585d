import Database from 'better-sqlite3';
import { beforeAll, describe, expect, test } from 'vitest';
import { getDb } from '~/db/client.server';
import type { IncomeGroup } from '~/domain/organisation';
import type { PeerGroup } from '~/domain/peer-groups';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import { OVERALL } from '~/domain/scoring/score';
import { peerFigures, type Sample } from '~/domain/statistics';
import { generateAnswers, profileFor } from '~/domain/demo-answers';
import { getDefinition, listVersions } from '~/models/questionnaire.server';
import { makeOrganisation } from '../support/factories';
import { groupSize, peerScores } from '~/models/score-snapshot.server';
import { insertAssessment } from '~/services/bulk-assessments.server';

/*
 * The peer figures of the benchmark model against the snapshots as SQLite holds them: the
 * model keeps each group's scores sorted in memory and leaves the viewer out on reading; these
 * tests read the same rows with plain SQL and compare.
 */

const CYCLE = 2031;
let questionnaireId: string;
let versionId: number;
let definition: Questionnaire;

function submit(organisationId: number, cycle: number, base: number, submitted = true) {
  insertAssessment({
    organisationId,
    questionnaireId,
    versionId,
    definition,
    cycle,
    answers: generateAnswers(
      definition,
      profileFor(
        `org ${organisationId}`,
        base,
        definition.domains.map((d) => d.id),
      ),
      0,
      `${organisationId}:${cycle}`,
    ),
    userId: null,
    at: new Date(Date.UTC(cycle, 0, 1)),
    submit: submitted,
  });
}

function parliament(income: IncomeGroup, base: number): number {
  const id = makeOrganisation({ incomeGroup: income });
  submit(id, CYCLE, base);
  return id;
}

/** The model's view of a cycle's peers in a group, for a viewer. */
const peersOf = (group: PeerGroup, viewer: number | undefined) =>
  peerScores({ questionnaireId, cycle: CYCLE, group, excludeOrganisationId: viewer });

const values = (sample: Sample | undefined) =>
  sample ? Array.from({ length: sample.count }, (_, i) => sample.at(i)) : [];

/** The overall scores of a cycle's submitted assessments, by plain SQL, as the model must see them. */
function overallScores(filter: { income?: IncomeGroup; except?: number }): number[] {
  const rows = getDb()
    .$client.prepare(
      `SELECT s.score FROM score_snapshots s
       JOIN assessments a ON a.id = s.assessment_id
       JOIN organisations o ON o.id = a.organisation_id
       WHERE s.node_id = ? AND a.cycle = ? AND a.status = 'submitted' AND a.questionnaire_id = ?
         AND (? IS NULL OR o.income_group = ?) AND (? IS NULL OR o.id <> ?)
         AND s.score IS NOT NULL`,
    )
    .all(
      OVERALL,
      CYCLE,
      questionnaireId,
      filter.income ?? null,
      filter.income ?? null,
      filter.except ?? null,
      filter.except ?? null,
    ) as { score: number }[];
  return rows.map((r) => r.score).sort((a, b) => a - b);
}

const high: number[] = [];
const low: number[] = [];

beforeAll(() => {
  const version = listVersions()
    .filter((v) => v.questionnaireId === 'parliamentary-ict-governance' && v.status === 'published')
    .at(-1);
  const found = version && getDefinition(version.id);
  if (!version || !found) throw new Error('the flagship questionnaire is not registered');
  questionnaireId = version.questionnaireId;
  versionId = version.id;
  definition = found;
  getDb().transaction(() => {
    for (let i = 0; i < 7; i++) high.push(parliament('high', 1.5 + i * 0.4));
    for (let i = 0; i < 5; i++) low.push(parliament('low', 0.8 + i * 0.3));
    // Neither a draft nor another cycle counts.
    submit(makeOrganisation({ incomeGroup: 'high' }), CYCLE, 4.5, false);
    submit(high[0] ?? 0, CYCLE - 1, 4.8);
  });
});

describe('peer scores from the snapshots', () => {
  test("the viewer's own parliament is left out, and nothing else", () => {
    const viewer = high[2] ?? 0;
    const peers = peersOf({}, viewer);
    expect(peers.peers).toBe(high.length + low.length - 1);
    expect(values(peers.scores.get(OVERALL))).toEqual(overallScores({ except: viewer }));
    // Every domain has one score per peer as well.
    for (const domain of definition.domains)
      expect(peers.scores.get(domain.id)?.count).toBe(high.length + low.length - 1);
  });

  test('a peer group holds only its members; a viewer outside it removes nobody', () => {
    const outsider = low[0] ?? 0;
    const peers = peersOf({ income: 'high' }, outsider);
    expect(peers.peers).toBe(high.length);
    expect(values(peers.scores.get(OVERALL))).toEqual(overallScores({ income: 'high' }));
    expect(groupSize(questionnaireId, CYCLE, { income: 'high' })).toBe(high.length);
  });

  test('the suppression boundary holds on real rows: 5 in a group are 4 peers for a member', () => {
    const member = low[1] ?? 0;
    const peers = peersOf({ income: 'low' }, member);
    expect(peers.peers).toBe(4);
    expect(peerFigures(peers.scores.get(OVERALL) ?? [], 5)).toEqual({
      shown: false,
      reason: 'too-few-peers',
      minimum: 5,
    });
    // Seen from outside the group, the same five are enough.
    const fromOutside = peersOf({ income: 'low' }, high[0]);
    expect(peerFigures(fromOutside.scores.get(OVERALL) ?? [], 5)).toMatchObject({
      shown: true,
      value: { count: 5 },
    });
  });

  test('a change written by another connection is seen on the next read', () => {
    const viewer = high[0] ?? 0;
    const before = peersOf({ income: 'high' }, viewer);
    expect(before.peers).toBe(high.length - 1);
    // Another process (an administrator's script, a second server) moves one peer out of the group.
    const moved = high[6] ?? 0;
    const other = new Database(getDb().$client.name);
    try {
      other.prepare("UPDATE organisations SET income_group = 'low' WHERE id = ?").run(moved);
    } finally {
      other.close();
    }
    const after = peersOf({ income: 'high' }, viewer);
    expect(after.peers).toBe(high.length - 2);
    expect(values(after.scores.get(OVERALL))).toEqual(
      overallScores({ income: 'high', except: viewer }),
    );
  });
});
