import { describe, expect, test } from 'vitest';
import { readQuestionnaireFolder } from '~/content/questionnaires.server';
import { diffVersions, type VersionDiff } from '~/domain/questionnaire/diff';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import {
  before,
  domain,
  expected,
  next,
  notes,
  plan,
  planAsIs,
  policy,
  review,
  run,
  runAsIs,
  strategy,
  backups,
  controls,
  uptime,
} from '../../support/diff-demo';

describe('the carry-demo fixture, 1.0 to 1.1', () => {
  const folder = readQuestionnaireFolder('tests/fixtures/questionnaires/valid/carry-demo');
  const [v10, v11] = folder.versions.map((v) => {
    if (!v.value) throw new Error(`${v.file} is invalid`);
    return v.value;
  });
  if (!v10 || !v11) throw new Error('carry-demo needs versions 1.0 and 1.1');

  test('reports the map, the new domain and question, and the changed ones', () => {
    expect(diffVersions(v10, v11)).toEqual(
      expected({
        addedDomains: ['new'],
        added: ['new.first'],
        renamed: [{ from: 'plan.old-name', to: 'plan.new-name' }],
        split: [{ from: 'plan.whole', to: ['plan.part-a', 'plan.part-b'] }],
        merged: [{ from: ['plan.left', 'plan.right'], to: 'plan.both' }],
        dropped: ['plan.gone'],
        // "Renamed later" became "Renamed"; the split parts are new questions, not compared.
        reworded: [{ id: 'plan.new-name', fields: ['text'] }],
        // max 100 became 40, the top threshold 50 became 20.
        rescored: [{ id: 'plan.count', fields: ['values'] }],
      }),
    );
  });

  // The map of 1.1 describes the step from 1.0: between 1.1 and itself nothing moved.
  test.each([
    ['1.0', () => v10],
    ['1.1', () => v11],
  ])('version %s compared with itself has no change', (number, same) => {
    expect(diffVersions(same(), same())).toEqual(expected({}, number, number));
  });
});

describe('questions and domains that come and go', () => {
  test.each<[string, Questionnaire, Partial<VersionDiff>]>([
    ['nothing changed', next([planAsIs, runAsIs]), {}],
    [
      'a question added',
      next([planAsIs, run(backups, controls, uptime, notes, { ...notes, id: 'run.incidents' })]),
      { added: ['run.incidents'] },
    ],
    [
      'a question removed without a mapping',
      next([planAsIs, run(backups, controls, uptime)]),
      { removed: ['run.notes'] },
    ],
    [
      'a question dropped by the map',
      next([planAsIs, run(backups, controls, uptime)], { changes: { dropped: ['run.notes'] } }),
      { dropped: ['run.notes'] },
    ],
    [
      'a question renamed, words kept',
      next([plan(policy, { ...review, id: 'plan.review-cycle' }, strategy), runAsIs], {
        changes: { renamed: { 'plan.review': 'plan.review-cycle' } },
      }),
      { renamed: [{ from: 'plan.review', to: 'plan.review-cycle' }] },
    ],
    [
      'a question renamed and reworded: the words are compared under the new id',
      next(
        [
          plan(policy, { ...review, id: 'plan.review-cycle', text: 'Reviewed when?' }, strategy),
          runAsIs,
        ],
        {
          changes: { renamed: { 'plan.review': 'plan.review-cycle' } },
        },
      ),
      {
        renamed: [{ from: 'plan.review', to: 'plan.review-cycle' }],
        reworded: [{ id: 'plan.review-cycle', fields: ['text'] }],
      },
    ],
    [
      'a question split in two',
      next(
        [
          plan(
            { ...policy, id: 'plan.policy-written' },
            { ...policy, id: 'plan.policy-approved' },
            review,
            strategy,
          ),
          runAsIs,
        ],
        { changes: { split: { 'plan.policy': ['plan.policy-written', 'plan.policy-approved'] } } },
      ),
      { split: [{ from: 'plan.policy', to: ['plan.policy-written', 'plan.policy-approved'] }] },
    ],
    [
      'two questions merged',
      next([planAsIs, run({ ...backups, id: 'run.safeguards' }, uptime, notes)], {
        changes: { merged: { 'run.safeguards': ['run.backups', 'run.controls'] } },
      }),
      { merged: [{ from: ['run.backups', 'run.controls'], to: 'run.safeguards' }] },
    ],
    [
      'a question moved between domains',
      next([plan(policy, strategy), run(review, backups, controls, uptime, notes)]),
      { moved: [{ id: 'plan.review', from: 'plan', to: 'run' }] },
    ],
    [
      'a question renamed and moved: it moves under its new id',
      next(
        [
          plan(policy, strategy),
          run({ ...review, id: 'run.review' }, backups, controls, uptime, notes),
        ],
        {
          changes: { renamed: { 'plan.review': 'run.review' } },
        },
      ),
      {
        renamed: [{ from: 'plan.review', to: 'run.review' }],
        moved: [{ id: 'run.review', from: 'plan', to: 'run' }],
      },
    ],
    [
      'a question moved into a sub-group of its domain stays in its domain',
      next([
        {
          ...plan(review, strategy),
          groups: [
            { id: 'plan.documents', title: 'Documents', aggregate: 'mean', questions: [policy] },
          ],
        },
        runAsIs,
      ]),
      {},
    ],
    [
      'a domain renamed: its questions keep their ids and move',
      next([planAsIs, domain('operations', backups, controls, uptime, notes)]),
      {
        addedDomains: ['operations'],
        removedDomains: ['run'],
        moved: ['run.backups', 'run.controls', 'run.uptime', 'run.notes'].map((id) => ({
          id,
          from: 'run',
          to: 'operations',
        })),
      },
    ],
    [
      'a domain added with its question',
      next([planAsIs, runAsIs, domain('people', { ...notes, id: 'people.training' })]),
      { addedDomains: ['people'], added: ['people.training'] },
    ],
    [
      'a domain removed, its questions dropped by the map',
      next([planAsIs], {
        changes: { dropped: ['run.backups', 'run.controls', 'run.uptime', 'run.notes'] },
      }),
      {
        removedDomains: ['run'],
        dropped: ['run.backups', 'run.controls', 'run.uptime', 'run.notes'],
      },
    ],
    [
      // Such a map fails the checker; between these two versions it describes nothing.
      'map entries naming questions the older version does not have',
      next([plan(policy, review, strategy, { ...notes, id: 'plan.audit' }), runAsIs], {
        changes: {
          renamed: { 'plan.ghost': 'plan.audit' },
          split: { 'plan.phantom': ['plan.policy', 'plan.review'] },
          dropped: ['plan.never'],
        },
      }),
      { added: ['plan.audit'] },
    ],
    [
      'a map entry naming a question the newer version does not have',
      next([plan(policy, strategy), runAsIs], {
        changes: { renamed: { 'plan.review': 'plan.nowhere' } },
      }),
      { removed: ['plan.review'] },
    ],
    [
      'a question the map drops, still there',
      next([planAsIs, runAsIs], { changes: { dropped: ['run.notes'] } }),
      {},
    ],
  ])('%s', (_, after, changes) => {
    expect(diffVersions(before, after)).toEqual(expected(changes));
  });
});
