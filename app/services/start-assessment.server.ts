import { carryAnswers } from '~/domain/questionnaire/carry';
import { listStoredAnswers, insertCarriedAnswers } from '~/models/answer.server';
import { createAssessment, previousSubmitted } from '~/models/assessment.server';
import { audit } from '~/models/audit.server';
import { listVersions, versionChain, type VersionSummary } from '~/models/questionnaire.server';
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

/** The newest published version of each questionnaire: the ones a new assessment may use. */
export function offeredVersions(): VersionSummary[] {
  const latest = new Map<string, VersionSummary>();
  for (const v of listVersions()) if (v.status === 'published') latest.set(v.questionnaireId, v);
  return [...latest.values()];
}

export type StartOutcome =
  | { status: 'started'; id: number; prefilled: number }
  | { status: 'version-not-offered' }
  | { status: 'cycle-taken' };

/**
 * A lead respondent starts an assessment: on an offered version only (see offeredVersions), and
 * written to the audit log.
 */
export function startOfferedAssessment(input: {
  organisationId: number;
  versionId: number;
  cycle: number;
  baselineCycle: number | null;
  prefill: boolean;
  userId: number;
  address: string;
}): StartOutcome {
  if (!offeredVersions().some((v) => v.id === input.versionId))
    return { status: 'version-not-offered' };
  const started = startAssessment(input);
  if (!started.ok) return { status: 'cycle-taken' };
  audit({
    action: 'assessment.started',
    actorId: input.userId,
    targetType: 'assessment',
    targetId: started.id,
    organisationId: input.organisationId,
    address: input.address,
    detail: { cycle: input.cycle, prefilled: started.prefilled },
  });
  return { status: 'started', id: started.id, prefilled: started.prefilled };
}
