import type { TFunction } from 'i18next';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getFixedT } from '~/lib/i18n.server';
import { dashboardView } from '~/services/dashboard.server';
import { openFigures } from '~/services/open-data.server';
import { minimumPeers } from '~/services/peer-minimum.server';
import { whatOthersSee } from '~/services/what-others-see.server';
import { makeOrganisation } from '../support/factories';
import {
  answerOpenParliament,
  OPEN_PARLIAMENT,
  registerOpenParliament,
  type OpenParliament,
} from '../support/open-parliament';

/*
 * BENCHMARK_MIN_PEERS=6 (read once, by this file's first getEnv): the dashboard, "what others
 * see" and the open data all apply it. Six parliaments submitted 2025, with different scores:
 * a viewer sees five others, one short of the minimum; the open data, which leaves nobody out,
 * has six.
 */

const configured = process.env.BENCHMARK_MIN_PEERS;
process.env.BENCHMARK_MIN_PEERS = '6';

let model: OpenParliament;
let t: TFunction;
let viewer: number;

beforeAll(async () => {
  model = registerOpenParliament();
  t = await getFixedT('en', ['dashboard', 'results', 'common']);
  viewer = makeOrganisation();
  answerOpenParliament(model, viewer, 2025, { agenda: 0, votes: 0, petitions: 0 });
  for (const petitions of [1, 2, 3, 1, 2])
    answerOpenParliament(model, makeOrganisation(), 2025, { agenda: 1, votes: 2, petitions });
});

afterAll(() => {
  model.remove();
  if (configured === undefined) delete process.env.BENCHMARK_MIN_PEERS;
  else process.env.BENCHMARK_MIN_PEERS = configured;
});

const organisation = () => ({
  id: viewer,
  ipuGroup: 'twelve-plus' as const,
  chamberType: 'unicameral' as const,
  members: 100,
  staff: 300,
  incomeGroup: 'high' as const,
  hubIds: [],
});

describe('one peer minimum, from the environment', () => {
  test('is the configured six', () => {
    expect(minimumPeers()).toBe(6);
  });

  test('the dashboard withholds the five others', () => {
    const view = dashboardView({
      organisation: organisation(),
      questionnaire: null,
      group: {},
      locale: 'en',
      t,
    });
    expect(view?.peers).toEqual({ shown: false, reason: 'too-few-peers', minimum: 6 });
    expect(view?.overall.peer).toEqual({ shown: false, reason: 'too-few-peers', minimum: 6 });
  });

  test('"what others see" says the same minimum, and that the group is too small', () => {
    const seen = whatOthersSee({
      organisation: organisation(),
      questionnaire: null,
      locale: 'en',
      t,
    });
    expect(seen.minimum).toBe(6);
    expect(seen.groups[0]).toEqual({ name: 'All parliaments', size: null, countsForOthers: false });
  });

  test('the open data publishes the six, and nothing of an empty group', () => {
    const figures = openFigures({ questionnaireId: OPEN_PARLIAMENT, cycle: 2025 });
    expect(figures?.minimumPeers).toBe(6);
    const all = figures?.groups.find((g) => g.key === 'all');
    expect(all?.parliaments).toBe(6);
    // Overall scores 0, 1.25, 1.75, 2.25, 1.25, 1.75: (0 + 1.25 × 2 + 1.75 × 2 + 2.25) / 6 = 1.375.
    expect(all?.nodes[0]?.figures).toMatchObject({ count: 6, mean: 1.375 });
    const low = figures?.groups.find((g) => g.key === 'income=low');
    expect([low?.parliaments, low?.nodes[0]?.suppressed]).toEqual([0, 'too-few-peers']);
  });
});
