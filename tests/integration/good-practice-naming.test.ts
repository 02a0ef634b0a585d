import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateAnswers, profileFor } from '~/domain/demo-answers';
import { goodPracticeDomains } from '~/models/good-practice.server';
import { getDefinition, latestPublishedVersion } from '~/models/questionnaire.server';
import { insertAssessment } from '~/services/bulk-assessments.server';
import { nameGoodPractice } from '~/services/good-practice-naming.server';
import { makeOrganisation, makeUser } from '../support/factories';
import {
  answerOpenParliament,
  OPEN_PARLIAMENT,
  registerOpenParliament,
  type OpenParliament,
} from '../support/open-parliament';

/*
 * Choosing the domains where a parliament agrees to be named as a good-practice example: only
 * domains of the questionnaire shown count, and the choices made under another questionnaire
 * stay. The parliament here submitted both the flagship and the second model (two domains:
 * transparency and participation).
 */

const FLAGSHIP = 'parliamentary-ict-governance';
let model: OpenParliament;
let parliament: number;
let lead: number;

beforeAll(() => {
  model = registerOpenParliament();
  parliament = makeOrganisation();
  lead = makeUser({ role: 'lead', organisationId: parliament }).id;
  answerOpenParliament(model, parliament, 2025, { agenda: 1, votes: 1, petitions: 1 });
  const version = latestPublishedVersion(FLAGSHIP);
  const definition = version ? getDefinition(version.id) : undefined;
  if (!version || !definition) throw new Error('the flagship is not registered');
  insertAssessment({
    organisationId: parliament,
    questionnaireId: FLAGSHIP,
    versionId: version.id,
    definition,
    cycle: 2025,
    answers: generateAnswers(
      definition,
      profileFor(
        'named',
        2,
        definition.domains.map((d) => d.id),
      ),
      0,
      'named:2025',
    ),
    userId: null,
    at: new Date(Date.UTC(2025, 0, 1)),
    submit: true,
  });
});

afterAll(() => model.remove());

const name = (questionnaire: string | null, domains: string[]) =>
  nameGoodPractice({
    organisationId: parliament,
    userId: lead,
    questionnaire,
    domains,
    locale: 'en',
  });

describe('naming a parliament as a good-practice example', () => {
  test.each([
    // The flagship is shown by default: its domains count, the second model's do not.
    { questionnaire: null, domains: ['strategy', 'transparency'], named: ['strategy'] },
    // The second model: its domains count; the flagship's choice stays.
    {
      questionnaire: OPEN_PARLIAMENT,
      domains: ['participation', 'nonsense'],
      named: ['participation', 'strategy'],
    },
    // Nothing ticked under the second model: only its own domains are cleared.
    { questionnaire: OPEN_PARLIAMENT, domains: [], named: ['strategy'] },
    // A domain given twice is named once.
    {
      questionnaire: OPEN_PARLIAMENT,
      domains: ['transparency', 'transparency'],
      named: ['strategy', 'transparency'],
    },
    // Nothing ticked under the flagship: the second model's choice stays.
    { questionnaire: FLAGSHIP, domains: [], named: ['transparency'] },
  ])('$questionnaire, ticked $domains: named in $named', ({ questionnaire, domains, named }) => {
    expect(name(questionnaire, domains)).toEqual({ status: 'saved' });
    expect(goodPracticeDomains(parliament).sort()).toEqual(named);
  });

  test('a parliament with nothing submitted names nothing', () => {
    const other = makeOrganisation();
    expect(
      nameGoodPractice({
        organisationId: other,
        userId: lead,
        questionnaire: null,
        domains: ['strategy'],
        locale: 'en',
      }),
    ).toEqual({ status: 'saved' });
    expect(goodPracticeDomains(other)).toEqual([]);
  });
});
