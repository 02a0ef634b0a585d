import { progressOf } from '~/models/learning.server';
import { organisationPath, type OrganisationPathView } from './learning.server';
import { teamProgress } from './team-learning.server';

type Status = 'started' | 'completed';

export interface OrganisationLearningView {
  /** The path the parliament's gaps call for, or null before any submission. */
  path: OrganisationPathView | null;
  /** Where the reader is on each module they opened. */
  mine: Record<string, Status>;
  /** Where each person of the team is on the path's modules, for those who follow the team. */
  team: { userId: number; name: string; role: string; modules: Record<string, Status> }[] | null;
}

/**
 * A parliament's learning page: its learning path for the questionnaire shown (`questionnaire`
 * as the address asks for it), the reader's own progress and, when `withTeam`, the team's.
 */
export function organisationLearning(input: {
  organisationId: number;
  userId: number;
  questionnaire: string | null | undefined;
  locale: string;
  withTeam: boolean;
}): OrganisationLearningView {
  const path = organisationPath(input.organisationId, input.locale, input.questionnaire);
  const moduleIds = path?.steps.map((s) => s.module.id) ?? [];
  return {
    path: path ?? null,
    mine: Object.fromEntries([...progressOf(input.userId)].map(([id, p]) => [id, p.status])),
    team: input.withTeam
      ? teamProgress({ organisationId: input.organisationId, moduleIds }).map((p) => ({
          userId: p.userId,
          name: p.name,
          role: p.role,
          modules: Object.fromEntries(p.modules),
        }))
      : null,
  };
}
