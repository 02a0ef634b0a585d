import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { reopenAssessment } from '~/services/reopen-assessment.server';
import { hubReport } from '~/services/hub-report.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';
import {
  openParliamentAssessment,
  registerOpenParliament,
  type OpenParliament,
} from '../support/open-parliament';

/*
 * Five members in 2031 (overall scores by hand, see tests/support/open-parliament.ts):
 *   Alba  submitted, 3, 3, 1: overall 2
 *   Bram  submitted, 1, 2, 3: overall 2.25
 *   Cora  a draft
 *   Dora  submitted, then reopened: in progress, and off the heat map
 *   Emil  not started
 */

let model: OpenParliament;
let hub: number;

beforeAll(() => {
  model = registerOpenParliament();
  const alba = makeOrganisation({ name: 'Alba' });
  const bram = makeOrganisation({ name: 'Bram' });
  const cora = makeOrganisation({ name: 'Cora' });
  const dora = makeOrganisation({ name: 'Dora' });
  hub = makeHub([alba, bram, cora, dora, makeOrganisation({ name: 'Emil' })]);
  const given: [number, number, number, number, boolean][] = [
    [alba, 3, 3, 1, true],
    [bram, 1, 2, 3, true],
    [cora, 1, 1, 1, false],
    [dora, 3, 3, 3, true],
  ];
  const [, , , reopened] = given.map(([organisationId, agenda, votes, petitions, submit]) =>
    openParliamentAssessment(model, {
      organisationId,
      cycle: 2031,
      agenda,
      votes,
      petitions,
      submit,
    }),
  );
  reopenAssessment(reopened ?? 0, makeUser({ coordinates: hub }).id, 'A figure was wrong');
});

afterAll(() => model.remove());

describe('the report of a hub', () => {
  test('who took part, the heat map by overall score, and the insights, for the cycle', () => {
    const report = hubReport({ hubId: hub, requestedCycle: undefined, locale: 'en' });
    expect(report.generated).toBe(new Date().toISOString().slice(0, 10));
    expect([report.cycles, report.cycle]).toEqual([[2031], 2031]);
    // 5 members: Alba and Bram submitted; Cora (draft) and Dora (reopened) are in progress.
    expect(report.counts).toEqual({ members: 5, submitted: 2, inProgress: 2 });
    // Highest overall first: Bram 2.25, Alba 2.
    expect(report.heat?.rows.map((r) => [r.name, r.cells[0]?.score])).toEqual([
      ['Bram', 2.25],
      ['Alba', 2],
    ]);
    // Two members with scores: too few to name leaders or laggards.
    expect(report.insights?.domains.map((d) => [d.id, d.leaders, d.laggards])).toEqual([
      ['transparency', [], []],
      ['participation', [], []],
    ]);
  });

  test('a hub without assessments has nothing to count yet', () => {
    const report = hubReport({
      hubId: makeHub([makeOrganisation()]),
      requestedCycle: undefined,
      locale: 'en',
    });
    // The flagship questionnaire is shown, for this year, with no submission.
    expect(report.cycle).toBe(new Date().getFullYear());
    expect(report.counts).toEqual({ members: 1, submitted: 0, inProgress: 0 });
    expect(report.heat?.rows).toEqual([]);
  });
});
