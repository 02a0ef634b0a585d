import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { registerContent } from '~/services/registry.server';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import type { Answer } from '~/domain/scoring/answers';
import { OVERALL } from '~/domain/scoring/score';
import { generateAnswers, profileFor } from '~/domain/demo-answers';
import { getFixedT } from '~/lib/i18n.server';
import { findVersion, getDefinition, listModuleEntries } from '~/models/questionnaire.server';
import { dashboardView } from '~/services/dashboard.server';
import { organisationPath } from '~/services/learning.server';
import { makeOrganisation } from '../support/factories';
import { insertAssessment } from '~/services/bulk-assessments.server';

/*
 * A parliament that submitted the flagship questionnaire and, later, a second published one:
 * which of the two its dashboard and learning path show.
 */

const FLAGSHIP = 'parliamentary-ict-governance';
const SECOND = 'open-parliament';
const CYCLE = 2025;

let root: string;
let t: TFunction;
let flagship: { versionId: number; definition: Questionnaire };
let second: { versionId: number; definition: Questionnaire };
/** Submitted the flagship on 1 March, then the second questionnaire on 1 June of the same cycle. */
let both: number;
/** Submitted only the second questionnaire. */
let secondOnly: number;

function registered(id: string, version: string) {
  const found = findVersion(id, version);
  const definition = found ? getDefinition(found.id) : undefined;
  if (!found || !definition) throw new Error(`${id} ${version} is not registered`);
  return { versionId: found.id, definition };
}

// Transparency: agenda 2 and votes 1 of 3; participation: petitions 3 of 3.
const secondAnswers = new Map<string, Answer>([
  ['transparency.agenda', { state: 'answered', value: '2' }],
  ['transparency.votes', { state: 'answered', value: '1' }],
  ['participation.petitions', { state: 'answered', value: '3' }],
]);

function submitSecond(organisationId: number, at: Date) {
  insertAssessment({
    organisationId,
    questionnaireId: SECOND,
    versionId: second.versionId,
    definition: second.definition,
    cycle: CYCLE,
    answers: secondAnswers,
    userId: null,
    at,
    submit: true,
  });
}

function submitFlagship(organisationId: number, at: Date) {
  const { definition } = flagship;
  insertAssessment({
    organisationId,
    questionnaireId: FLAGSHIP,
    versionId: flagship.versionId,
    definition,
    cycle: CYCLE,
    answers: generateAnswers(
      definition,
      profileFor(
        `org ${organisationId}`,
        2,
        definition.domains.map((d) => d.id),
      ),
      0,
      `${organisationId}:${CYCLE}`,
    ),
    userId: null,
    at,
    submit: true,
  });
}

beforeAll(async () => {
  root = mkdtempSync(join('tests/.tmp', 'questionnaire-choice-'));
  cpSync('tests/fixtures/questionnaires/second-model/open-parliament', join(root, SECOND), {
    recursive: true,
  });
  registerContent(root);
  t = await getFixedT('en', ['dashboard', 'results', 'common']);
  flagship = registered(FLAGSHIP, '1.1');
  second = registered(SECOND, '1.0');

  both = makeOrganisation();
  submitFlagship(both, new Date(Date.UTC(CYCLE, 2, 1)));
  submitSecond(both, new Date(Date.UTC(CYCLE, 5, 1)));
  secondOnly = makeOrganisation();
  submitSecond(secondOnly, new Date(Date.UTC(CYCLE, 5, 1)));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const attributes = {
  ipuGroup: 'twelve-plus',
  chamberType: 'unicameral',
  members: 100,
  staff: 300,
  incomeGroup: 'high',
  hubIds: [],
} as const;

const dashboard = (organisationId: number, questionnaire: string | null) =>
  dashboardView({
    organisation: { id: organisationId, ...attributes },
    questionnaire,
    group: {},
    locale: 'en',
    t,
  });

const flagshipModules = () => listModuleEntries(FLAGSHIP).map((e) => e.module.id);

describe('the questionnaire a dashboard and a learning path show', () => {
  test('by default, the flagship, although the second questionnaire was submitted later', () => {
    const path = organisationPath(both, 'en');
    const modules = path?.steps.map((s) => s.module.id) ?? [];
    expect(modules.filter((id) => !flagshipModules().includes(id))).toEqual([]);
    expect(modules.length).toBeGreaterThan(0);
    expect(path?.choice.shown.id).toBe(FLAGSHIP);

    const view = dashboard(both, null);
    expect(view?.choice.shown.id).toBe(FLAGSHIP);
    expect(view?.choice.unavailable).toBe(false);
    expect(view?.domains.map((d) => d.id)).toEqual(flagship.definition.domains.map((d) => d.id));
    // Both are offered, the flagship first.
    expect(view?.choice.options).toEqual([
      { id: FLAGSHIP, title: 'Parliamentary ICT Governance Maturity' },
      { id: SECOND, title: 'Open parliament self-check' },
    ]);
  });

  test('?questionnaire= switches both to the second questionnaire', () => {
    const view = dashboard(both, SECOND);
    expect(view?.choice.shown).toEqual({ id: SECOND, title: 'Open parliament self-check' });
    expect(view?.domains.map((d) => [d.id, d.score, d.level])).toEqual([
      // mean of 2/3 and 1/3 = 0.5, times the top level 3 = 1.5; floor: level 1
      ['transparency', 1.5, 1],
      // 3/3 times 3 = 3, level 3
      ['participation', 3, 3],
    ]);
    // mean of the domain ratios 0.5 and 1 = 0.75, times 3 = 2.25; floor: level 2
    expect(view?.overall.id).toBe(OVERALL);
    expect([view?.overall.score, view?.overall.level]).toEqual([2.25, 2]);
    expect(view?.cycle).toBe(CYCLE);

    const path = organisationPath(both, 'en', SECOND);
    expect(path?.choice.shown.id).toBe(SECOND);
    // Transparency at level 1 aims at level 2 (no target); participation is at the top.
    expect(path?.steps.map((s) => [s.module.id, s.reasons.map((r) => [r.current, r.aim])])).toEqual(
      [['transparency-first-steps', [[1, 2]]]],
    );

    expect(dashboard(both, FLAGSHIP)?.choice.shown.id).toBe(FLAGSHIP);
  });

  test.each([
    ['an unknown id', 'no-such-questionnaire'],
    ['a malformed id', '../../etc/passwd'],
    ['an empty value', ''],
  ])('%s falls back to the default, and says so when something was asked', (_, asked) => {
    const view = dashboard(both, asked);
    expect(view?.choice.shown.id).toBe(FLAGSHIP);
    expect(view?.choice.unavailable).toBe(asked !== '');
    expect(organisationPath(both, 'en', asked)?.choice.shown.id).toBe(FLAGSHIP);
  });

  test('a questionnaire that this parliament did not submit is not shown, even when another did', () => {
    const onlyFlagship = makeOrganisation();
    submitFlagship(onlyFlagship, new Date(Date.UTC(CYCLE, 2, 1)));
    const view = dashboard(onlyFlagship, SECOND);
    expect(view?.choice.shown.id).toBe(FLAGSHIP);
    expect(view?.choice.unavailable).toBe(true);
    expect(view?.choice.options.map((o) => o.id)).toEqual([FLAGSHIP]);
  });

  test('without the flagship, the questionnaire the parliament submitted', () => {
    const view = dashboard(secondOnly, null);
    expect(view?.choice.shown.id).toBe(SECOND);
    expect(view?.choice.options.map((o) => o.id)).toEqual([SECOND]);
    expect(organisationPath(secondOnly, 'en')?.choice.shown.id).toBe(SECOND);
  });

  test('before any submission, nothing to show', () => {
    const none = makeOrganisation();
    expect(dashboard(none, SECOND)).toBeUndefined();
    expect(organisationPath(none, 'en', SECOND)).toBeUndefined();
  });
});
