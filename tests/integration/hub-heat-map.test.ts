import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hubHeatMap, type HeatMapSort } from '~/services/hub-heat-map.server';
import { makeHub, makeOrganisation } from '../support/factories';
import {
  openParliamentAssessment,
  registerOpenParliament,
  type OpenParliament,
} from '../support/open-parliament';

/*
 * Scores by hand (see tests/support/open-parliament.ts): transparency is the mean of agenda and
 * votes, participation is petitions, overall the mean of the two; levels are their floor.
 *   Alba  3, 3, 1: transparency 3,   participation 1, overall 2
 *   Bram  1, 2, 3: transparency 1.5, participation 3, overall 2.25
 *   Cora  0, 1, 0: transparency 0.5, participation 0, overall 0.25
 *   Dina  a draft: not on the heat map
 */

let model: OpenParliament;
let hub: number;
const ids: Record<string, number> = {};

beforeAll(() => {
  model = registerOpenParliament();
  for (const name of ['Alba', 'Bram', 'Cora', 'Dina']) ids[name] = makeOrganisation({ name });
  hub = makeHub(Object.values(ids));
  const answers: [string, number, number, number, boolean][] = [
    ['Alba', 3, 3, 1, true],
    ['Bram', 1, 2, 3, true],
    ['Cora', 0, 1, 0, true],
    ['Dina', 3, 3, 3, false],
  ];
  for (const [name, agenda, votes, petitions, submit] of answers)
    openParliamentAssessment(model, {
      organisationId: ids[name] ?? 0,
      cycle: 2031,
      agenda,
      votes,
      petitions,
      submit,
    });
  // An older cycle in which only Alba submitted.
  openParliamentAssessment(model, {
    organisationId: ids.Alba ?? 0,
    cycle: 2030,
    agenda: 0,
    votes: 0,
    petitions: 0,
    submit: true,
  });
});

afterAll(() => model.remove());

const heatMap = (sort: HeatMapSort, requestedCycle?: number) =>
  hubHeatMap({ hubId: hub, requestedCycle, sort, locale: 'en' });

describe('the heat map of a hub', () => {
  test('each submitted member by domain, with the median row and the levels of the model', () => {
    const page = heatMap({ key: 'name', direction: 'asc' });
    expect([page.cycles, page.cycle, page.sort]).toEqual([
      [2031, 2030],
      2031,
      { key: 'name', direction: 'asc' },
    ]);
    const view = page.view;
    expect(view?.domains).toEqual([
      { id: 'transparency', title: 'Transparency' },
      { id: 'participation', title: 'Participation' },
    ]);
    expect(view?.levels.map((l) => `${l.level} ${l.name}`)).toEqual([
      '0 Closed',
      '1 Announcing',
      '2 Publishing',
      '3 Engaging',
    ]);
    expect(view?.top).toBe(3);
    expect(
      view?.rows.map((r) => [r.name, ...r.cells.map((c) => `${c.id} ${c.score} ${c.level}`)]),
    ).toEqual([
      ['Alba', '_overall 2 2', 'transparency 3 3', 'participation 1 1'],
      ['Bram', '_overall 2.25 2', 'transparency 1.5 1', 'participation 3 3'],
      ['Cora', '_overall 0.25 0', 'transparency 0.5 0', 'participation 0 0'],
    ]);
    // Medians of three: overall of 2, 2.25 and 0.25 is 2; transparency 1.5; participation 1.
    expect(view?.median).toEqual([
      { id: '_overall', score: 2 },
      { id: 'transparency', score: 1.5 },
      { id: 'participation', score: 1 },
    ]);
  });

  test.each<[string, HeatMapSort, string[]]>([
    ['by name', { key: 'name', direction: 'asc' }, ['Alba', 'Bram', 'Cora']],
    ['by name, backwards', { key: 'name', direction: 'desc' }, ['Cora', 'Bram', 'Alba']],
    // 2.25, 2, 0.25
    [
      'by overall score, highest first',
      { key: 'overall', direction: 'desc' },
      ['Bram', 'Alba', 'Cora'],
    ],
    // 0, 1, 3
    [
      'by a domain, lowest first',
      { key: 'participation', direction: 'asc' },
      ['Cora', 'Alba', 'Bram'],
    ],
    // 3, 1.5, 0.5
    [
      'by the other domain, highest first',
      { key: 'transparency', direction: 'desc' },
      ['Alba', 'Bram', 'Cora'],
    ],
    // Not a column: by name, in the direction asked.
    ['by an unknown key', { key: 'nonsense', direction: 'desc' }, ['Cora', 'Bram', 'Alba']],
  ])('sorted %s', (_, sort, names) => {
    const page = heatMap(sort);
    expect(page.sort).toEqual(sort);
    expect(page.view?.rows.map((r) => r.name)).toEqual(names);
  });

  test('an earlier cycle shows who submitted then', () => {
    const page = heatMap({ key: 'name', direction: 'asc' }, 2030);
    expect(page.cycle).toBe(2030);
    expect(page.view?.rows.map((r) => [r.name, r.cells[0]?.score])).toEqual([['Alba', 0]]);
  });
});
