import type { TFunction } from 'i18next';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getFixedT } from '~/lib/i18n.server';
import { getHub } from '~/models/hub.server';
import { whatOthersSee } from '~/services/what-others-see.server';
import { makeHub, makeOrganisation } from '../support/factories';
import {
  answerOpenParliament,
  OPEN_PARLIAMENT,
  registerOpenParliament,
  type OpenParliament,
} from '../support/open-parliament';

/*
 * "What others see" of a parliament (the viewer: the factories' attributes, 100 members, 300
 * staff, high income) with five others that submitted the second model in 2025:
 *
 *            income  members   in the viewer's hub
 *   O1, O2   low     100       O1
 *   O3       high     50
 *   O4, O5   high    100
 *
 * plus a draft (O6) and a parliament that submitted 2024 only (O7): neither counts. A group's
 * figures are shown to others when at least 5 parliaments besides the one looking stand behind
 * them; here, the viewer's scores count in a group when the group holds 5 others besides it.
 */

let model: OpenParliament;
let t: TFunction;
let viewer: number;
let hubId: number;
let hubName: string;

const same = { agenda: 2, votes: 1, petitions: 1 };

beforeAll(async () => {
  model = registerOpenParliament();
  t = await getFixedT('en', ['dashboard', 'common']);
  viewer = makeOrganisation();
  answerOpenParliament(model, viewer, 2024, same);
  answerOpenParliament(model, viewer, 2025, same);
  const others = [
    makeOrganisation({ incomeGroup: 'low' }),
    makeOrganisation({ incomeGroup: 'low' }),
    makeOrganisation({ members: 50 }),
    makeOrganisation(),
    makeOrganisation(),
  ];
  for (const id of others) answerOpenParliament(model, id, 2025, same);
  answerOpenParliament(model, makeOrganisation(), 2025, same, { submit: false });
  answerOpenParliament(model, makeOrganisation(), 2024, same);
  hubId = makeHub([viewer, others[0] ?? 0]);
  hubName = getHub(hubId)?.name ?? '';
});

afterAll(() => model.remove());

const view = (organisationId = viewer) =>
  whatOthersSee({
    organisation: {
      id: organisationId,
      ipuGroup: 'twelve-plus',
      chamberType: 'unicameral',
      members: 100,
      staff: 300,
      incomeGroup: 'high',
      hubIds: [hubId],
    },
    questionnaire: null,
    locale: 'en',
    t,
  });

describe('what others see of a parliament', () => {
  test('the questionnaire, its latest cycle, the minimum and the domains it may be named in', () => {
    const seen = view();
    expect(seen.choice?.shown).toEqual({
      id: OPEN_PARLIAMENT,
      title: 'Open parliament self-check',
    });
    expect(seen.cycle).toBe(2025);
    expect(seen.minimum).toBe(5);
    expect(seen.domains).toEqual([
      { id: 'transparency', title: 'Transparency' },
      { id: 'participation', title: 'Participation' },
    ]);
    expect(seen.named).toEqual([]);
  });

  test.each([
    // The viewer and O1 to O5: 6, so 5 others.
    ['All parliaments', 6],
    ['Twelve Plus Group', 6],
    ['Unicameral parliament', 6],
    // O3 has fewer than 100 members: the viewer and 4 others.
    ['100 to 299 members', null],
    ['300 to 999 staff', 6],
    // O1 and O2 are low income: the viewer and 3 others.
    ['High income', null],
  ])('%s: %s parliaments', (name, size) => {
    expect(view().groups.find((g) => g.name === name)).toEqual({
      name,
      size,
      countsForOthers: size !== null,
    });
  });

  test('the hub, under its name: the viewer and O1, withheld', () => {
    const groups = view().groups;
    expect(groups).toHaveLength(7);
    expect(groups.at(-1)).toEqual({ name: hubName, size: null, countsForOthers: false });
  });

  test('before any submission: no questionnaire, no cycle, no group, no domain', () => {
    expect(view(makeOrganisation())).toEqual({
      choice: null,
      cycle: null,
      minimum: 5,
      groups: [],
      domains: [],
      named: [],
    });
  });
});
