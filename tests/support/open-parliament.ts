import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Answer } from '~/domain/scoring/answers';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import { findVersion, getDefinition } from '~/models/questionnaire.server';
import { insertAssessment } from '~/services/bulk-assessments.server';
import { registerContent } from '~/services/registry.server';

/*
 * The small second model (tests/fixtures/questionnaires/second-model), whose scores are easy to
 * compute by hand: three questions on the maturity scale 0 to 3, means all the way up, levels by
 * floor.
 *
 *   transparency = (agenda + votes) / 2     participation = petitions
 *   overall      = (transparency + participation) / 2
 *   level        = the score rounded down
 */

export const OPEN_PARLIAMENT = 'open-parliament';

export interface OpenParliament {
  versionId: number;
  definition: Questionnaire;
  /** Removes the copied content (the registered rows stay in this file's database). */
  remove(): void;
}

/** Registers the second model, beside the shipped questionnaires, in this test file's database. */
export function registerOpenParliament(): OpenParliament {
  const root = mkdtempSync(join('tests/.tmp', 'open-parliament-'));
  cpSync(
    `tests/fixtures/questionnaires/second-model/${OPEN_PARLIAMENT}`,
    join(root, OPEN_PARLIAMENT),
    {
      recursive: true,
    },
  );
  registerContent(root);
  const found = findVersion(OPEN_PARLIAMENT, '1.0');
  const definition = found ? getDefinition(found.id) : undefined;
  if (!found || !definition) throw new Error(`${OPEN_PARLIAMENT} 1.0 is not registered`);
  return {
    versionId: found.id,
    definition,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** One parliament's answers: agenda, votes and petitions, each 0 to 3. */
export interface OpenAnswers {
  agenda: number;
  votes: number;
  petitions: number;
}

/** An assessment of the second model, submitted on 1 March of its cycle unless `submit` is false. */
export function answerOpenParliament(
  model: OpenParliament,
  organisationId: number,
  cycle: number,
  given: OpenAnswers,
  options: { submit?: boolean; targets?: Record<string, number> } = {},
): number {
  return openParliamentAssessment(model, {
    organisationId,
    cycle,
    ...given,
    submit: options.submit ?? true,
    domainTargets: new Map(Object.entries(options.targets ?? {})),
  });
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
