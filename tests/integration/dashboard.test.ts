import type { TFunction } from 'i18next';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PeerGroup } from '~/domain/peer-groups';
import { OVERALL } from '~/domain/scoring/score';
import type { Summary } from '~/domain/statistics';
import { getFixedT } from '~/lib/i18n.server';
import { dashboardView, type NodeBenchmark } from '~/services/dashboard.server';
import { nameGoodPractice } from '~/services/good-practice-naming.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';
import {
  answerOpenParliament,
  registerOpenParliament,
  type OpenAnswers,
  type OpenParliament,
} from '../support/open-parliament';

/*
 * The dashboard of one parliament among five peers, on the small second model, every figure
 * worked out by hand (the formulas are in tests/support/open-parliament.ts; quantiles are type 7:
 * for five sorted values x0..x4, Q(p) = x[h] interpolated at h = 4p; the rank is the share of
 * peers below, plus half the share equal, times 100).
 *
 *            agenda votes petitions   transparency participation overall   levels T/P/O
 *   viewer 2024   1     0     0            0.5          0          0.25       0 / 0 / 0
 *   viewer 2025   2     1     1            1.5          1          1.25       1 / 1 / 1
 *   A   2025      1     1     1            1            1          1          1 / 1 / 1
 *   B   2025      1     2     2            1.5          2          1.75       1 / 2 / 1
 *   C   2025      2     2     2            2            2          2          2 / 2 / 2
 *   D   2025      3     2     2            2.5          2          2.25       2 / 2 / 2
 *   E   2025      3     3     1            3            1          2          3 / 1 / 2
 *   F   2025 (a draft, never counted)
 *   G   2024      3     3     3            3            3          3
 *
 * A and B are upper chambers, everyone else unicameral; all have the factories' other attributes.
 */

let model: OpenParliament;
let t: TFunction;
let viewer: number;
const names: Record<string, string> = {};

/** The viewer's attributes: the factories' defaults. */
const attributes = {
  ipuGroup: 'twelve-plus',
  chamberType: 'unicameral',
  members: 100,
  staff: 300,
  incomeGroup: 'high',
} as const;

function dashboard(options: { cycle?: number; group?: PeerGroup } = {}) {
  return dashboardView({
    organisation: { id: viewer, ...attributes, hubIds: [hub] },
    questionnaire: null,
    cycle: options.cycle,
    group: options.group ?? {},
    locale: 'en',
    t,
  });
}

function peer(name: string, given: OpenAnswers, chamber: 'unicameral' | 'upper' = 'unicameral') {
  const id = makeOrganisation({ name: `Parliament ${name}`, chamberType: chamber });
  names[name] = `Parliament ${name}`;
  answerOpenParliament(model, id, 2025, given);
  return id;
}

let hub: number;

beforeAll(async () => {
  model = registerOpenParliament();
  t = await getFixedT('en', ['dashboard', 'results', 'common']);
  viewer = makeOrganisation({ name: 'Parliament of the viewer' });
  answerOpenParliament(model, viewer, 2024, { agenda: 1, votes: 0, petitions: 0 });
  answerOpenParliament(
    model,
    viewer,
    2025,
    { agenda: 2, votes: 1, petitions: 1 },
    { targets: { transparency: 3, participation: 2 } },
  );
  const a = peer('A', { agenda: 1, votes: 1, petitions: 1 }, 'upper');
  peer('B', { agenda: 1, votes: 2, petitions: 2 }, 'upper');
  peer('C', { agenda: 2, votes: 2, petitions: 2 });
  peer('D', { agenda: 3, votes: 2, petitions: 2 });
  peer('E', { agenda: 3, votes: 3, petitions: 1 });
  answerOpenParliament(
    model,
    makeOrganisation(),
    2025,
    { agenda: 0, votes: 0, petitions: 0 },
    { submit: false },
  );
  answerOpenParliament(model, makeOrganisation(), 2024, { agenda: 3, votes: 3, petitions: 3 });
  const lead = makeUser().id;
  // A agrees to be named for transparency; the viewer's own choice never shows on its dashboard.
  for (const [organisationId, domain] of [
    [a, 'transparency'],
    [viewer, 'participation'],
  ] as const)
    nameGoodPractice({
      organisationId,
      userId: lead,
      questionnaire: null,
      domains: [domain],
      locale: 'en',
    });
  hub = makeHub([viewer, a]);
});

afterAll(() => model.remove());

/** Checks every figure of a node to nine decimals: the sums above are not exact in binary. */
function expectBenchmark(
  node: NodeBenchmark | undefined,
  expected: { score: number; level: number; peer: Summary; rank: number },
) {
  expect([node?.score, node?.level]).toEqual([expected.score, expected.level]);
  if (!node?.peer.shown) throw new Error(`${node?.id}: peer figures withheld`);
  for (const [figure, value] of Object.entries(expected.peer))
    expect(node.peer.value[figure as keyof Summary], `${node.id} ${figure}`).toBeCloseTo(value, 9);
  expect(node.rank?.shown ? node.rank.value : null, `${node.id} rank`).toBeCloseTo(
    expected.rank,
    9,
  );
}

describe('the dashboard of a parliament among five peers, 2025', () => {
  test('counts the five peers that submitted, not the draft, not the viewer itself', () => {
    const view = dashboard();
    expect(view?.cycle).toBe(2025);
    expect(view?.cycles).toEqual([2025, 2024]);
    expect(view?.peers).toEqual({ shown: true, value: 5 });
    expect(view?.viewerInGroup).toBe(true);
    expect(view?.top).toBe(3);
    expect(view?.levels.map((l) => l.name)).toEqual([
      'Closed',
      'Announcing',
      'Publishing',
      'Engaging',
    ]);
  });

  test.each([
    {
      node: 'transparency',
      // Peers 1, 1.5, 2, 2.5, 3. Mean 10/5 = 2. p10 at h = 0.4: 1 + 0.4 × 0.5 = 1.2; q1 at h = 1:
      // 1.5; median 2; q3 2.5; p90 at h = 3.6: 2.5 + 0.6 × 0.5 = 2.8. The viewer's 1.5: one peer
      // below, one equal: (1 + 0.5) / 5 = 30.
      score: 1.5,
      level: 1,
      peer: { count: 5, mean: 2, p10: 1.2, q1: 1.5, median: 2, q3: 2.5, p90: 2.8 },
      rank: 30,
    },
    {
      node: 'participation',
      // Peers 1, 1, 2, 2, 2. Mean 8/5 = 1.6. p10: 1 + 0.4 × 0 = 1; q1 1; median 2; q3 2; p90:
      // 2 + 0.6 × 0 = 2. The viewer's 1: none below, two equal: (0 + 1) / 5 = 20.
      score: 1,
      level: 1,
      peer: { count: 5, mean: 1.6, p10: 1, q1: 1, median: 2, q3: 2, p90: 2 },
      rank: 20,
    },
    {
      node: OVERALL,
      // Peers 1, 1.75, 2, 2, 2.25. Mean 9/5 = 1.8. p10: 1 + 0.4 × 0.75 = 1.3; q1 1.75; median 2;
      // q3 2; p90: 2 + 0.6 × 0.25 = 2.15. The viewer's 1.25: one below: 1/5 = 20.
      score: 1.25,
      level: 1,
      peer: { count: 5, mean: 1.8, p10: 1.3, q1: 1.75, median: 2, q3: 2, p90: 2.15 },
      rank: 20,
    },
  ])('$node: own score, peer median, quartiles and percentile rank', ({ node, ...expected }) => {
    const view = dashboard();
    const found = node === OVERALL ? view?.overall : view?.domains.find((d) => d.id === node);
    expectBenchmark(found, expected);
  });

  test('the peers by overall level: two at level 1, three at level 2', () => {
    expect(dashboard()?.distribution).toEqual({
      shown: true,
      value: [
        [0, 0],
        [1, 2],
        [2, 3],
        [3, 0],
      ],
    });
  });

  test('gaps to the targets, widest first', () => {
    // Transparency: target 3, level 1, gap 2. Participation: target 2, level 1, gap 1.
    expect(dashboard()?.gaps).toEqual([
      { id: 'transparency', title: 'Transparency', level: 1, target: 3, gap: 2 },
      { id: 'participation', title: 'Participation', level: 1, target: 2, gap: 1 },
    ]);
  });

  test('the trend across the two cycles, and the cluster it puts the parliament in', () => {
    const view = dashboard();
    expect(view?.trend).toEqual({
      cycles: [2024, 2025],
      series: [
        { id: OVERALL, title: 'Overall', values: [0.25, 1.25] },
        { id: 'transparency', title: 'Transparency', values: [0.5, 1.5] },
        { id: 'participation', title: 'Participation', values: [0, 1] },
      ],
    });
    // (1.25 − 0.25) / (2025 − 2024) = 1 point a cycle: at least 0.4, a fast-tracker (the overall
    // score is under the trendsetters' 3.5).
    expect(view?.cluster).toMatchObject({
      id: 'fast-trackers',
      progressPerCycle: 1,
      rule: 'at least 0.4 points gained per cycle',
    });
  });

  test("other parliaments' good-practice names, never the viewer's own, and the hubs to compare with", () => {
    const view = dashboard();
    expect(view?.examples).toEqual([
      { id: 'transparency', title: 'Transparency', names: [names.A] },
    ]);
    expect(view?.hubs).toContainEqual({ id: hub, name: expect.any(String) });
  });
});

describe('another cycle, another group', () => {
  test('2024: one peer only, so no peer figure; the cluster as it stood then', () => {
    const view = dashboard({ cycle: 2024 });
    expect(view?.cycle).toBe(2024);
    // G alone submitted 2024 besides the viewer: fewer than the minimum of 5.
    expect(view?.peers).toEqual({ shown: false, reason: 'too-few-peers', minimum: 5 });
    expect(view?.overall).toMatchObject({ score: 0.25, level: 0, rank: { shown: false } });
    expect(view?.overall.peer).toEqual({ shown: false, reason: 'too-few-peers', minimum: 5 });
    expect(view?.gaps).toEqual([]);
    // One cycle up to 2024: no progress yet; 0.25 is under every score rule, so "beginners".
    expect(view?.cluster).toMatchObject({
      id: 'beginners',
      progressPerCycle: null,
      rule: 'every other parliament',
    });
    // The trend still shows every submitted cycle.
    expect(view?.trend.cycles).toEqual([2024, 2025]);
  });

  test('upper chambers: two peers, withheld, and the viewer is not one of them', () => {
    const view = dashboard({ group: { chamber: 'upper' } });
    expect(view?.peers).toEqual({ shown: false, reason: 'too-few-peers', minimum: 5 });
    expect(view?.domains.map((d) => d.peer.shown)).toEqual([false, false]);
    expect(view?.distribution).toEqual({ shown: false, reason: 'too-few-peers', minimum: 5 });
    expect(view?.viewerInGroup).toBe(false);
    // Its own scores do not depend on the group.
    expect(view?.domains.map((d) => d.score)).toEqual([1.5, 1]);
  });

  test('an unknown cycle shows the latest one', () => {
    expect(dashboard({ cycle: 1999 })?.cycle).toBe(2025);
  });
});
