import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import type { Answer } from '~/domain/scoring/answers';
import { findVersion, getDefinition } from '~/models/questionnaire.server';
import { insertAssessment } from '~/services/bulk-assessments.server';
import { registerContent } from '~/services/registry.server';

/*
 * The small published model of the fixtures (tests/fixtures/questionnaires/second-model), for
 * hub figures computed by hand: levels 0 to 3; "transparency" is the mean of its two questions
 * (agenda, votes), "participation" is its one question (petitions), and the overall score is
 * the mean of the two domains (both out of 3). Levels are the floor of the score.
 */

export const OPEN_PARLIAMENT = 'open-parliament';

export interface OpenParliament {
  versionId: number;
  definition: Questionnaire;
  /** Removes the copied content folder (the registered version stays in this file's database). */
  remove: () => void;
}

export function registerOpenParliament(): OpenParliament {
  const root = mkdtempSync(join('tests/.tmp', 'open-parliament-'));
  cpSync(
    'tests/fixtures/questionnaires/second-model/open-parliament',
    join(root, OPEN_PARLIAMENT),
    {
      recursive: true,
    },
  );
  registerContent(root);
  const found = findVersion(OPEN_PARLIAMENT, '1.0');
  const definition = found ? getDefinition(found.id) : undefined;
  if (!found || !definition) throw new Error('open-parliament 1.0 is not registered');
  return {
    versionId: found.id,
    definition,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** An assessment of the model with the three answers given (0 to 3; null leaves one out). */
export function openParliamentAssessment(
  model: OpenParliament,
  input: {
    organisationId: number;
    cycle: number;
    agenda: number | null;
    votes: number | null;
    petitions: number | null;
    submit: boolean;
    at?: Date;
    domainTargets?: ReadonlyMap<string, number>;
  },
): number {
  const given: [string, number | null][] = [
    ['transparency.agenda', input.agenda],
    ['transparency.votes', input.votes],
    ['participation.petitions', input.petitions],
  ];
  const answers = new Map<string, Answer>();
  for (const [questionId, value] of given)
    if (value !== null) answers.set(questionId, { state: 'answered', value: String(value) });
  return insertAssessment({
    organisationId: input.organisationId,
    questionnaireId: OPEN_PARLIAMENT,
    versionId: model.versionId,
    definition: model.definition,
    cycle: input.cycle,
    answers,
    userId: null,
    at: input.at ?? new Date(Date.UTC(input.cycle, 2, 1)),
    submit: input.submit,
    domainTargets: input.domainTargets,
  });
}
