import type { TFunction } from 'i18next';
import { submittedInCycle } from '~/models/assessment.server';
import { isHubMember } from '~/models/hub.server';
import { definitionOf } from '~/models/questionnaire.server';
import { readSnapshot } from '~/models/score-snapshot.server';
import { readTargets } from '~/models/target.server';
import { hubContext } from './hub-view.server';
import { resultsView, type ResultsView } from './results.server';

export interface MemberResults {
  cycle: number;
  /** The member's submitted assessment of the cycle; null (and no view) when there is none. */
  assessmentId: number | null;
  view: ResultsView | null;
}

/**
 * A member's submitted results in the cycle the hub's other pages show (the one asked for, else
 * the newest with assessments), never a draft's. Undefined when the parliament is not a member
 * of the hub, or the hub has no questionnaire to show.
 */
export function memberResults({
  hubId,
  organisationId,
  requestedCycle,
  locale,
  t,
}: {
  hubId: number;
  organisationId: number;
  requestedCycle: number | undefined;
  locale: string;
  t: TFunction;
}): MemberResults | undefined {
  if (!isHubMember(hubId, organisationId)) return undefined;
  const ctx = hubContext(hubId, requestedCycle);
  if (!ctx) return undefined;
  const submitted = submittedInCycle(organisationId, ctx.questionnaireId, ctx.cycle);
  return {
    cycle: ctx.cycle,
    assessmentId: submitted?.id ?? null,
    view: submitted
      ? resultsView({
          questionnaire: definitionOf({ versionId: submitted.versionId }),
          nodes: readSnapshot(submitted.id),
          targets: readTargets(submitted.id),
          locale,
          t,
        })
      : null,
  };
}
