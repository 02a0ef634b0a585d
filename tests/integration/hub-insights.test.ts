import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setGoodPractice } from '~/models/good-practice.server';
import { hubInsights } from '~/services/hub-insights.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';
import {
  openParliamentAssessment,
  registerOpenParliament,
  type OpenParliament,
} from '../support/open-parliament';

/*
 * Levels by hand (the floor of each score; see tests/support/open-parliament.ts):
 *          2030 answers  transparency  participation   2031 answers  transparency  participation
 *   Alba   1, 1, 1       1             1               3, 3, 1       3             1
 *   Bram   2, 2, 2       2             2               1, 2, 3       1 (1.5)       3
 *   Cora   –                                           0, 1, 0       0 (0.5)       0
 * Alba agreed to be named for transparency only.
 */

let model: OpenParliament;
let hub: number;

beforeAll(() => {
  model = registerOpenParliament();
  const alba = makeOrganisation({ name: 'Alba' });
  const bram = makeOrganisation({ name: 'Bram' });
  const cora = makeOrganisation({ name: 'Cora' });
  hub = makeHub([alba, bram, cora]);
  const submitted: [number, number, number, number, number][] = [
    [alba, 2030, 1, 1, 1],
    [bram, 2030, 2, 2, 2],
    [alba, 2031, 3, 3, 1],
    [bram, 2031, 1, 2, 3],
    [cora, 2031, 0, 1, 0],
  ];
  for (const [organisationId, cycle, agenda, votes, petitions] of submitted)
    openParliamentAssessment(model, {
      organisationId,
      cycle,
      agenda,
      votes,
      petitions,
      submit: true,
    });
  setGoodPractice(alba, ['transparency'], makeUser({ role: 'lead', organisationId: alba }).id);
});

afterAll(() => model.remove());

describe('the insights of a hub', () => {
  test('per domain: members at each level, movement since 2030, leaders and laggards', () => {
    const page = hubInsights({ hubId: hub, requestedCycle: undefined, locale: 'en' });
    expect([page.cycles, page.cycle]).toEqual([[2031, 2030], 2031]);
    expect(page.view).toEqual({
      levels: [0, 1, 2, 3],
      previousCycle: 2030,
      domains: [
        {
          id: 'transparency',
          title: 'Transparency',
          // Cora at 0, Bram at 1, Alba at 3.
          distribution: [1, 1, 0, 1],
          // Alba 1 to 3, Bram 2 to 1; Cora has no 2030.
          movement: { improved: 1, steady: 0, declined: 1 },
          // A third of three is one each: Alba (3) leads and may be named, Cora (0.5) lags.
          leaders: [{ name: 'Alba', named: true }],
          unnamedLeaders: 0,
          laggards: [{ name: 'Cora' }],
        },
        {
          id: 'participation',
          title: 'Participation',
          // Cora at 0, Alba at 1, Bram at 3.
          distribution: [1, 1, 0, 1],
          // Alba 1 to 1, Bram 2 to 3.
          movement: { improved: 1, steady: 1, declined: 0 },
          // Bram (3) leads but did not agree to be named.
          leaders: [],
          unnamedLeaders: 1,
          laggards: [{ name: 'Cora' }],
        },
      ],
    });
  });

  test('the first cycle has no movement, and two members name no leader', () => {
    const page = hubInsights({ hubId: hub, requestedCycle: 2030, locale: 'en' });
    expect(page.cycle).toBe(2030);
    expect(page.view?.previousCycle).toBeNull();
    expect(
      page.view?.domains.map((d) => [d.id, d.distribution, d.movement, d.leaders, d.laggards]),
    ).toEqual([
      // Alba at 1, Bram at 2.
      ['transparency', [0, 1, 1, 0], null, [], []],
      ['participation', [0, 1, 1, 0], null, [], []],
    ]);
  });
});
