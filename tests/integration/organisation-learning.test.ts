import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { markCompleted, markStarted } from '~/models/learning.server';
import { organisationLearning } from '~/services/organisation-learning.server';
import { makeOrganisation, makeUser } from '../support/factories';
import {
  answerOpenParliament,
  registerOpenParliament,
  type OpenParliament,
} from '../support/open-parliament';

/*
 * A parliament's learning page on the second model. Its 2025 answers (agenda 2, votes 1,
 * petitions 3) put transparency at 1.5, level 1, and participation at 3, the top: the path is
 * the one transparency module, from level 1 towards level 2 (no target was set).
 *
 * The lead respondent started that module; the contributor completed it, and also completed a
 * module of another questionnaire, which the team's view of this path leaves out.
 */

const MODULE = 'transparency-first-steps';
const OTHER_MODULE = 'digital-skills';
let model: OpenParliament;
let parliament: number;
let lead: number;
let contributor: number;

beforeAll(() => {
  model = registerOpenParliament();
  parliament = makeOrganisation();
  lead = makeUser({ role: 'lead', organisationId: parliament }).id;
  contributor = makeUser({ role: 'contributor', organisationId: parliament }).id;
  answerOpenParliament(model, parliament, 2025, { agenda: 2, votes: 1, petitions: 3 });
  markStarted(lead, MODULE);
  markCompleted(contributor, MODULE);
  markCompleted(contributor, OTHER_MODULE);
});

afterAll(() => model.remove());

const page = (userId: number, withTeam: boolean, organisationId = parliament) =>
  organisationLearning({ organisationId, userId, questionnaire: null, locale: 'en', withTeam });

describe("a parliament's learning page", () => {
  test('the path its gaps call for', () => {
    const { path } = page(lead, true);
    expect(path?.cycle).toBe(2025);
    expect(path?.choice.shown.id).toBe('open-parliament');
    expect(
      path?.steps.map((s) => [s.module.id, s.reasons.map((r) => [r.domain, r.current, r.aim])]),
    ).toEqual([[MODULE, [['Transparency', 1, 2]]]]);
  });

  type Row = [number, string, Record<string, string>];
  test.each<{
    reader: string;
    who: () => number;
    withTeam: boolean;
    mine: Record<string, string>;
    team: () => Row[] | null;
  }>([
    {
      reader: 'the lead respondent, who follows the team',
      who: () => lead,
      withTeam: true,
      mine: { [MODULE]: 'started' },
      team: () => [
        [lead, 'lead', { [MODULE]: 'started' }],
        [contributor, 'contributor', { [MODULE]: 'completed' }],
      ],
    },
    {
      reader: 'the contributor, who sees only their own progress, on every module',
      who: () => contributor,
      withTeam: false,
      mine: { [MODULE]: 'completed', [OTHER_MODULE]: 'completed' },
      team: () => null,
    },
  ])('$reader', ({ who, withTeam, mine, team }) => {
    const view = page(who(), withTeam);
    expect(view.mine).toEqual(mine);
    expect(
      view.team?.map((p) => [p.userId, p.role, p.modules] as const).sort(([a], [b]) => a - b) ??
        null,
    ).toEqual(team());
  });

  test('before any submission: no path, and no module to follow the team on', () => {
    const other = makeOrganisation();
    const colleague = makeUser({ role: 'lead', organisationId: other }).id;
    expect(page(colleague, true, other)).toEqual({
      path: null,
      mine: {},
      team: [{ userId: colleague, name: 'Test Person', role: 'lead', modules: {} }],
    });
  });
});
