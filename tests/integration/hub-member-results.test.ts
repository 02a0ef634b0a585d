import type { TFunction } from 'i18next';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getFixedT } from '~/lib/i18n.server';
import { memberResults } from '~/services/hub-member-results.server';
import { makeHub, makeOrganisation } from '../support/factories';
import {
  openParliamentAssessment,
  registerOpenParliament,
  type OpenParliament,
} from '../support/open-parliament';

/*
 * Alba submitted 2030 (0, 0, 0) and 2031 (3, 3, 1, with a target of 3 for transparency); Bram
 * only has a 2031 draft; Cora is not a member of the hub. Scores by hand: see
 * tests/support/open-parliament.ts.
 */

let model: OpenParliament;
let t: TFunction;
let hub: number;
let alba: number;
let bram: number;
let cora: number;
let alba2031: number;
let alba2030: number;

beforeAll(async () => {
  model = registerOpenParliament();
  t = await getFixedT('en', ['hub', 'results', 'common']);
  alba = makeOrganisation({ name: 'Alba' });
  bram = makeOrganisation({ name: 'Bram' });
  cora = makeOrganisation({ name: 'Cora' });
  hub = makeHub([alba, bram]);
  alba2030 = openParliamentAssessment(model, {
    organisationId: alba,
    cycle: 2030,
    agenda: 0,
    votes: 0,
    petitions: 0,
    submit: true,
  });
  alba2031 = openParliamentAssessment(model, {
    organisationId: alba,
    cycle: 2031,
    agenda: 3,
    votes: 3,
    petitions: 1,
    submit: true,
    domainTargets: new Map([['transparency', 3]]),
  });
  openParliamentAssessment(model, {
    organisationId: bram,
    cycle: 2031,
    agenda: 3,
    votes: 3,
    petitions: 3,
    submit: false,
  });
  // Cora's submitted work is not the hub's to show.
  openParliamentAssessment(model, {
    organisationId: cora,
    cycle: 2031,
    agenda: 3,
    votes: 3,
    petitions: 3,
    submit: true,
  });
});

afterAll(() => model.remove());

const results = (organisationId: number, requestedCycle?: number) =>
  memberResults({ hubId: hub, organisationId, requestedCycle, locale: 'en', t });

describe("a member's results, for the hub's coordinators", () => {
  test('the submitted assessment of the newest cycle, with its levels and targets', () => {
    const page = results(alba);
    expect([page?.cycle, page?.assessmentId]).toEqual([2031, alba2031]);
    const view = page?.view;
    expect(view?.top).toBe(3);
    // Overall: the mean of 3 and 1 is 2, "Publishing".
    expect([view?.overall.score, view?.overall.level, view?.overall.levelName]).toEqual([
      2,
      2,
      'Publishing',
    ]);
    expect(
      view?.domains.map((d) => [
        d.id,
        d.score,
        d.level,
        d.levelName,
        d.target,
        d.answered,
        d.total,
      ]),
    ).toEqual([
      ['transparency', 3, 3, 'Engaging', 3, 2, 2],
      ['participation', 1, 1, 'Announcing', null, 1, 1],
    ]);
  });

  test.each([
    [
      'an earlier cycle asked for',
      () => alba,
      2030,
      () => ({ cycle: 2030, assessmentId: alba2030 }),
    ],
    // A draft is never shown to a coordinator.
    [
      'a member with a draft only',
      () => bram,
      undefined,
      () => ({ cycle: 2031, assessmentId: null }),
    ],
  ])('%s', (_, organisationId, requestedCycle, expected) => {
    const page = results(organisationId(), requestedCycle);
    expect({ cycle: page?.cycle, assessmentId: page?.assessmentId }).toEqual(expected());
    expect(page?.view === null).toBe(expected().assessmentId === null);
  });

  test('a parliament outside the hub has no results here', () => {
    expect(results(cora)).toBeUndefined();
  });
});
