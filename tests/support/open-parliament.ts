import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import { findVersion, getDefinition } from '~/models/questionnaire.server';
import { insertAssessment } from '~/services/bulk-assessments.server';
import { registerContent } from '~/services/registry.server';
import { answers } from './content';

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
  return insertAssessment({
    organisationId,
    questionnaireId: OPEN_PARLIAMENT,
    versionId: model.versionId,
    definition: model.definition,
    cycle,
    answers: answers({
      'transparency.agenda': String(given.agenda),
      'transparency.votes': String(given.votes),
      'participation.petitions': String(given.petitions),
    }),
    userId: null,
    at: new Date(Date.UTC(cycle, 2, 1)),
    submit: options.submit ?? true,
    domainTargets: new Map(Object.entries(options.targets ?? {})),
  });
}
