import { carryAnswers } from '~/domain/questionnaire/carry';
import { listStoredAnswers, insertCarriedAnswers } from '~/models/answer.server';
import { createAssessment, previousSubmitted } from '~/models/assessment.server';
import { listVersions, versionChain } from '~/models/questionnaire.server';
import { inTransaction } from '~/models/transaction.server';

export type StartResult =
  { ok: true; id: number; prefilled: number } | { ok: false; reason: 'cycle-taken' };

/**
 * Starts an assessment for a cycle on a version. With `prefill`, the previous cycle's submitted
 * answers are carried across versions through the version maps, each marked for review. The
 * assessment and its carried answers are written together, or not at all.
 */
export function startAssessment(input: {
  organisationId: number;
  versionId: number;
  cycle: number;
  baselineCycle: number | null;
  prefill: boolean;
  userId: number;
}): StartResult {
  const version = listVersions().find((v) => v.id === input.versionId);
  if (!version) throw new Error('Unknown questionnaire version');
  const previous = input.prefill
    ? previousSubmitted(input.organisationId, version.questionnaireId, input.cycle)
    : undefined;
  const carried = previous
    ? carryAnswers(
        versionChain(version.questionnaireId, previous.versionId, input.versionId),
        new Map(listStoredAnswers(previous.id).map((a) => [a.questionId, a])),
      )
    : new Map();
  const at = new Date();
  return inTransaction(() => {
    const created = createAssessment({
      organisationId: input.organisationId,
      versionId: input.versionId,
      questionnaireId: version.questionnaireId,
      cycle: input.cycle,
      baselineCycle: input.baselineCycle,
      prefilledFromId: previous?.id ?? null,
      userId: input.userId,
      at,
    });
    if (!created.ok) return created;
    insertCarriedAnswers(created.id, carried, input.userId, at);
    return { ok: true as const, id: created.id, prefilled: carried.size };
  });
}
