import { describe, expect, test } from 'vitest';
import { diffVersions, type VersionDiff } from '~/domain/questionnaire/diff';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import {
  backups,
  before,
  controls,
  expected,
  frequency,
  next,
  notes,
  plan,
  planAsIs,
  policy,
  review,
  run,
  runAsIs,
  strategy,
  uptime,
  version,
  type Draft,
  type QuestionDraft,
} from '../../support/diff-demo';

/** A version with one question of the base replaced (same id, same place). */
function swapped(number: '1.0' | '1.1', replacement: QuestionDraft, more: Partial<Draft> = {}) {
  const swap = (q: QuestionDraft) => (q.id === replacement.id ? replacement : q);
  const planned = [policy, review, strategy].map(swap);
  const running = [backups, controls, uptime, notes].map(swap);
  return version(number, [plan(...planned), run(...running)], more);
}
const changed = (replacement: QuestionDraft, more: Partial<Draft> = {}) =>
  swapped('1.1', replacement, more);

const reversed = <T>(list: readonly T[]) => [...list].reverse();

describe('reworded: the same question with other words', () => {
  test.each<[string, Questionnaire, VersionDiff['reworded']]>([
    [
      'text reworded, help and evidence added',
      changed({
        ...policy,
        text: { en: 'Is there a written ICT policy?', fr: policy.text.fr },
        help: 'Count a policy adopted by the secretary general.',
        evidence: 'The policy document.',
      }),
      [{ id: 'plan.policy', fields: ['text', 'help', 'evidence'] }],
    ],
    [
      'guidance added',
      changed({ ...review, guidance: 'A review **changes** the plan.' }),
      [{ id: 'plan.review', fields: ['guidance'] }],
    ],
    [
      'only the French text changed',
      changed({ ...policy, text: { en: policy.text.en, fr: 'Une politique TIC existe-t-elle ?' } }),
      [{ id: 'plan.policy', fields: ['text'] }],
    ],
    [
      'the languages of a text listed in another order',
      changed({ ...policy, text: { fr: policy.text.fr, en: policy.text.en } }),
      [],
    ],
    [
      'a level description of its own reworded',
      changed({ ...strategy, options: { ...strategy.options, '1': 'A strategy being written' } }),
      [{ id: 'plan.strategy', fields: ['options'] }],
    ],
    [
      'a label of the scale it uses reworded',
      changed(review, {
        scales: {
          frequency: {
            options: frequency.map((o) => (o.id === 'yearly' ? { ...o, label: 'Every year' } : o)),
          },
        },
      }),
      [{ id: 'plan.review', fields: ['scale'] }],
    ],
    [
      'the options of its scale listed in another order',
      changed(review, { scales: { frequency: { options: reversed(frequency) } } }),
      [],
    ],
    [
      'a checklist item relabelled',
      changed({
        ...backups,
        items: backups.items.map((i) =>
          i.id === 'tested' ? { ...i, label: 'Restores tried' } : i,
        ),
      }),
      [{ id: 'run.backups', fields: ['items'] }],
    ],
    [
      'checklist items listed in another order',
      changed({ ...backups, items: reversed(backups.items) }),
      [],
    ],
    [
      'a unit reworded',
      changed({ ...uptime, unit: 'per cent' }),
      [{ id: 'run.uptime', fields: ['unit'] }],
    ],
  ])('%s', (_, after, reworded) => {
    expect(diffVersions(before, after)).toEqual(expected({ reworded }));
  });
});

const allScored = [
  'plan.policy',
  'plan.review',
  'plan.strategy',
  'run.backups',
  'run.controls',
  'run.uptime',
];

describe('rescored: the same question, an answer worth something else', () => {
  test.each<[string, Questionnaire, Partial<VersionDiff>]>([
    [
      'a value of the scale it uses changed',
      changed(review, {
        scales: {
          frequency: {
            options: frequency.map((o) => (o.id === 'quarterly' ? { ...o, value: 3 } : o)),
          },
        },
      }),
      { rescored: [{ id: 'plan.review', fields: ['values'] }] },
    ],
    [
      'a checklist item worth more',
      changed({
        ...backups,
        items: backups.items.map((i) => (i.id === 'daily' ? { ...i, value: 3 } : i)),
      }),
      { rescored: [{ id: 'run.backups', fields: ['values'] }] },
    ],
    [
      'a checklist item added: new words and a new maximum',
      changed({ ...backups, items: [...backups.items, { id: 'encrypted', label: 'Encrypted' }] }),
      {
        reworded: [{ id: 'run.backups', fields: ['items'] }],
        rescored: [{ id: 'run.backups', fields: ['values'] }],
      },
    ],
    [
      'a checklist scored by share instead of item values',
      changed({ ...backups, score: 'share' }),
      { rescored: [{ id: 'run.backups', fields: ['values'] }] },
    ],
    [
      'item values given to a checklist scored by share, which ignores them',
      changed({ ...controls, items: controls.items.map((i) => ({ ...i, value: 3 })) }),
      {},
    ],
    [
      'an item added to a checklist scored by share',
      changed({
        ...controls,
        items: [...controls.items, { id: 'logging', label: 'Central logging' }],
      }),
      {
        reworded: [{ id: 'run.controls', fields: ['items'] }],
        rescored: [{ id: 'run.controls', fields: ['values'] }],
      },
    ],
    [
      'yes worth 2',
      changed({ ...policy, values: { yes: 2, no: 0 } }),
      { rescored: [{ id: 'plan.policy', fields: ['values'] }] },
    ],
    [
      'the default values written out',
      changed({ ...policy, partly: true, values: { yes: 1, partly: 0.5, no: 0 } }),
      {},
    ],
    [
      'partly no longer offered',
      changed({ ...policy, partly: false }),
      { rescored: [{ id: 'plan.policy', fields: ['values'] }] },
    ],
    [
      'number thresholds changed',
      changed({
        ...uptime,
        thresholds: [
          { atLeast: 90, score: 1 },
          { atLeast: 99, score: 2 },
        ],
      }),
      { rescored: [{ id: 'run.uptime', fields: ['values'] }] },
    ],
    [
      'a number bound changed',
      changed({ ...uptime, min: 50 }),
      { rescored: [{ id: 'run.uptime', fields: ['values'] }] },
    ],
    [
      'a weight',
      changed({ ...policy, weight: 2 }),
      { rescored: [{ id: 'plan.policy', fields: ['weight'] }] },
    ],
    ['the default weight written out', changed({ ...policy, weight: 1 }), {}],
    [
      'a level',
      changed({ ...policy, level: 1 }),
      { rescored: [{ id: 'plan.policy', fields: ['level'] }] },
    ],
    [
      'its own not-applicable rule',
      changed({ ...review, notApplicable: 'zero' }),
      { rescored: [{ id: 'plan.review', fields: ['notApplicable'] }] },
    ],
    [
      "the file's don't-know rule: every scored question, never a text one",
      next([planAsIs, runAsIs], { answers: { notApplicable: 'exclude', dontKnow: 'exclude' } }),
      { rescored: allScored.map((id) => ({ id, fields: ['dontKnow'] })) },
    ],
    [
      'a weight given to a text question, which is never scored',
      changed({ ...notes, weight: 2 }),
      {},
    ],
    [
      'a yes-no question turned into a choice',
      changed({ id: 'plan.policy', kind: 'choice', scale: 'frequency', text: policy.text }),
      {
        reworded: [{ id: 'plan.policy', fields: ['scale'] }],
        rescored: [{ id: 'plan.policy', fields: ['kind', 'values'] }],
      },
    ],
  ])('%s', (_, after, changes) => {
    expect(diffVersions(before, after)).toEqual(expected(changes));
  });

  test.each<[string, QuestionDraft, QuestionDraft]>([
    [
      'the worth of partly, where partly is not offered',
      { ...policy, partly: false, values: { yes: 1, no: 0 } },
      { ...policy, partly: false, values: { yes: 1, partly: 0.75, no: 0 } },
    ],
    [
      'own option labels listed in another order',
      { ...review, options: { never: 'Not yet', yearly: 'Each year', quarterly: 'Each quarter' } },
      { ...review, options: { quarterly: 'Each quarter', yearly: 'Each year', never: 'Not yet' } },
    ],
  ])('%s changes nothing', (_, older, newer) => {
    expect(diffVersions(swapped('1.0', older), changed(newer))).toEqual(expected({}));
  });
});
