import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor, Role } from '~/domain/policy';
import type { Answer } from '~/domain/scoring/answers';
import { saveAnswer } from '~/models/answer.server';
import { getAssessmentFor } from '~/models/assessment.server';
import { definitionOf, findVersion } from '~/models/questionnaire.server';
import { grantRole, loadActor } from '~/models/role.server';
import { createUser } from '~/models/user.server';
import { registerContent } from '~/services/registry.server';
import { startAssessment } from '~/services/start-assessment.server';
import { makeOrganisation } from './factories';

/*
 * A questionnaire small enough to score by hand, for the tests of the assessment pages' services.
 * Levels 0 to 4, read from a ratio by floor(ratio × 4); yes counts 1, partly 0.5, no 0; a domain
 * is the mean of its questions' ratios, the overall figure the mean of the domains'. Scores are
 * out of 4 (ratio × 4). The text question is not scored. Four modules serve Strategy, one per
 * step from level 0 to 4.
 */
const QUESTIONNAIRE = `
format: 1
id: services-demo
version: "1.0"
title: { en: Services demo, fr: Démo des services }
description: { en: Scored by hand in the tests., fr: Noté à la main dans les tests. }
authors:
  - name: Tests
licence: CC0-1.0
status: published
languages: [en, fr]
maturity:
  levels:
    - { level: 0, name: { en: None, fr: Aucun } }
    - { level: 1, name: { en: Initial, fr: Initial } }
    - { level: 2, name: { en: Managed, fr: Géré } }
    - { level: 3, name: { en: Defined, fr: Défini } }
    - { level: 4, name: { en: Optimised, fr: Optimisé } }
answers: { notApplicable: exclude, dontKnow: zero }
scoring: { aggregate: mean, levels: floor }
domains:
  - id: strategy
    title: { en: Strategy, fr: Stratégie }
    aggregate: mean
    questions:
      - { id: strategy.plan, kind: yes-no, text: { en: A plan exists, fr: Un plan existe } }
      - { id: strategy.budget, kind: yes-no, text: { en: A budget is set, fr: Un budget est fixé } }
      - { id: strategy.notes, kind: text, text: { en: Notes, fr: Notes } }
  - id: people
    title: { en: People, fr: Personnes }
    aggregate: mean
    questions:
      - { id: people.training, kind: yes-no, text: { en: Staff are trained, fr: Le personnel est formé } }
`;

const moduleFile = (id: string, from: number) => `
format: 1
id: ${id}
title: { en: Strategy from ${from} to ${from + 1}, fr: Stratégie de ${from} à ${from + 1} }
summary: { en: One step., fr: Une marche. }
levels: { from: ${from}, to: ${from + 1} }
duration: 30
objectives:
  - { en: Climb one level., fr: Monter d'un niveau. }
domains: [strategy]
questions: []
body: { en: Text., fr: Texte. }
`;

let root: string | undefined;
let registered: number | undefined;

/** Registers the questionnaire and its modules (once per test file), and returns its version id. */
export function registerServicesDemo(): number {
  if (registered !== undefined) return registered;
  root = mkdtempSync(join('tests/.tmp', 'services-demo-'));
  mkdirSync(join(root, 'services-demo', 'modules'), { recursive: true });
  writeFileSync(join(root, 'services-demo', '1.0.yaml'), QUESTIONNAIRE);
  for (const from of [0, 1, 2, 3])
    writeFileSync(
      join(root, 'services-demo', 'modules', `strategy-step-${from}.yaml`),
      moduleFile(`strategy-step-${from}`, from),
    );
  registerContent(root);
  const version = findVersion('services-demo', '1.0');
  if (!version) throw new Error('services-demo 1.0 not registered');
  registered = version.id;
  return registered;
}

export function removeServicesDemo(): void {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
  registered = undefined;
}

/** A parliament with a lead respondent, and an assessment of services-demo for `cycle`. */
export function startDemo(
  options: {
    cycle?: number;
    baselineCycle?: number | null;
    prefill?: boolean;
    organisationId?: number;
    lead?: ReturnType<typeof person>;
  } = {},
) {
  const versionId = registerServicesDemo();
  const organisationId = options.organisationId ?? makeOrganisation();
  const lead = options.lead ?? person('Lena Lead', 'lead', organisationId);
  const started = startAssessment({
    organisationId,
    versionId,
    cycle: options.cycle ?? 2026,
    baselineCycle: options.baselineCycle ?? null,
    prefill: options.prefill ?? false,
    userId: lead.id,
  });
  if (!started.ok) throw new Error('not started');
  return { organisationId, lead, assessmentId: started.id, versionId };
}

let operation = 0;

/** Saves one answer as a person would (on the revision it has, 0 for a first answer). */
export function answer(
  assessmentId: number,
  userId: number,
  questionId: string,
  given: Answer & { comment?: string },
  baseRevision = 0,
) {
  const outcome = saveAnswer({
    assessmentId,
    questionId,
    answer: {
      state: given.state,
      value: given.value ?? null,
      comment: given.comment ?? '',
      evidence: [],
    },
    baseRevision,
    operationId: `demo-${(operation += 1)}`,
    userId,
  });
  if (outcome.status !== 'saved') throw new Error(`${questionId}: ${outcome.status}`);
  return outcome;
}

export const yes = { state: 'answered', value: 'yes' } as const;
export const partly = { state: 'answered', value: 'partly' } as const;
export const no = { state: 'answered', value: 'no' } as const;

/**
 * What the guards hand a route about an assessment (requireAssessment): the assessment as the
 * person may read it, its questionnaire, and the target the policy decides on.
 */
export function seenBy(
  actor: Actor,
  organisationId: number,
  assessmentId: number,
  hubIds: readonly number[] = [],
) {
  const assessment = getAssessmentFor(actor, organisationId, assessmentId);
  if (!assessment) throw new Error(`assessment ${assessmentId} is out of reach`);
  return {
    actor,
    organisationId,
    assessment,
    definition: definitionOf(assessment),
    target: {
      organisationId,
      hubIds,
      submitted: assessment.status === 'submitted',
      assignees: [],
    },
  };
}

let people = 0;

/** Someone with a name (to tell people apart on a page) and a role in a parliament. */
export function person(name: string, role: Role, organisationId: number) {
  const id = createUser({
    email: `${name.toLowerCase().replace(/\W+/g, '.')}.${(people += 1)}.${Date.now()}@test.example`,
    name,
    passwordHash: 'not-a-hash',
  });
  grantRole(id, organisationId, role);
  const actor = loadActor(id);
  if (!actor) throw new Error('no actor');
  return { id, name, actor };
}
