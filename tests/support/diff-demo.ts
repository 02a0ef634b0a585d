import type { z } from 'zod';
import type { VersionDiff } from '~/domain/questionnaire/diff';
import type { question, questionnaire, Questionnaire } from '~/domain/questionnaire/schema';
import { validateQuestionnaire } from '~/domain/questionnaire/validate';

/*
 * Two small versions of one questionnaire for the diff tests: version 1.0 as built here, and any
 * 1.1 a test builds from the same questions with its own changes.
 */
export type Draft = z.input<typeof questionnaire>;
export type QuestionDraft = z.input<typeof question>;
export type DomainDraft = Draft['domains'][number];

function build(raw: Draft): Questionnaire {
  const result = validateQuestionnaire(raw);
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (!result.value || errors.length) throw new Error(JSON.stringify(errors));
  return result.value;
}

export const frequency = [
  { id: 'never', value: 0, label: 'Never' },
  { id: 'yearly', value: 1, label: 'Once a year' },
  { id: 'quarterly', value: 2, label: 'Every quarter' },
];

/** Version 1.0, or a 1.1 that revises it, with these domains and anything else overridden. */
export function version(number: '1.0' | '1.1', domains: DomainDraft[], more: Partial<Draft> = {}) {
  return build({
    format: 1,
    id: 'diff-demo',
    version: number,
    ...(number === '1.1' ? { revises: '1.0' } : {}),
    title: 'Diff demo',
    description: 'Two small versions',
    authors: [{ name: 'Tests' }],
    licence: 'CC0-1.0',
    status: 'draft',
    languages: ['en', 'fr'],
    maturity: { levels: [0, 1, 2].map((level) => ({ level, name: `L${level}` })) },
    scales: { frequency: { options: frequency } },
    answers: { notApplicable: 'exclude', dontKnow: 'zero' },
    scoring: { aggregate: 'mean', levels: 'floor' },
    domains,
    ...more,
  });
}

export const policy = {
  id: 'plan.policy',
  kind: 'yes-no',
  text: { en: 'Is there an ICT policy?', fr: 'Existe-t-il une politique TIC ?' },
} satisfies QuestionDraft;
export const review = {
  id: 'plan.review',
  kind: 'choice',
  scale: 'frequency',
  text: 'How often is the ICT plan reviewed?',
} satisfies QuestionDraft;
export const strategy = {
  id: 'plan.strategy',
  kind: 'choice',
  scale: 'maturity',
  text: 'Is there an ICT strategy?',
  options: { '0': 'No strategy', '1': 'A draft strategy', '2': 'An adopted strategy' },
} satisfies QuestionDraft;
export const backups = {
  id: 'run.backups',
  kind: 'checklist',
  score: 'values',
  text: 'Which backup practices are in place?',
  items: [
    { id: 'daily', label: 'Daily copies', value: 2 },
    { id: 'offsite', label: 'Copies kept off site' },
    { id: 'tested', label: 'Restores tested' },
  ],
} satisfies QuestionDraft;
export const controls = {
  id: 'run.controls',
  kind: 'checklist',
  score: 'share',
  text: 'Which security controls are in place?',
  items: [
    { id: 'mfa', label: 'Multi-factor sign-in' },
    { id: 'patching', label: 'Monthly patching' },
  ],
} satisfies QuestionDraft;
export const uptime = {
  id: 'run.uptime',
  kind: 'number',
  text: 'Service availability last year',
  unit: '%',
  min: 0,
  max: 100,
  thresholds: [
    { atLeast: 95, score: 1 },
    { atLeast: 99, score: 2 },
  ],
} satisfies QuestionDraft;
export const notes = {
  id: 'run.notes',
  kind: 'text',
  text: 'Anything else?',
} satisfies QuestionDraft;

export const domain = (id: string, ...questions: QuestionDraft[]): DomainDraft => ({
  id,
  title: `Domain ${id}`,
  aggregate: 'mean',
  questions,
});
export const plan = (...questions: QuestionDraft[]) => domain('plan', ...questions);
export const run = (...questions: QuestionDraft[]) => domain('run', ...questions);
export const planAsIs = plan(policy, review, strategy);
export const runAsIs = run(backups, controls, uptime, notes);

export const before = version('1.0', [planAsIs, runAsIs]);
export const next = (domains: DomainDraft[], more: Partial<Draft> = {}) =>
  version('1.1', domains, more);

/** The exact diff: every list empty unless the case says otherwise. */
export function expected(changes: Partial<VersionDiff>, from = '1.0', to = '1.1'): VersionDiff {
  return {
    from,
    to,
    addedDomains: [],
    removedDomains: [],
    added: [],
    removed: [],
    renamed: [],
    split: [],
    merged: [],
    dropped: [],
    reworded: [],
    rescored: [],
    moved: [],
    ...changes,
  };
}
