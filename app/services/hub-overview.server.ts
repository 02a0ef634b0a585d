import { can, type Actor } from '~/domain/policy';
import { questionsOf } from '~/domain/questionnaire/tree';
import { pendingRequests, type MembershipRequest } from '~/models/hub.server';
import { hubContext } from './hub-view.server';
import { memberStatuses, type MemberStatus } from './hub-members.server';

type Dated<T, K extends keyof T> = Omit<T, K> & { [P in K]: string | null };

export interface HubOverview {
  cycles: number[];
  /** The cycle shown: the one asked for when the hub has it, else the newest (this year without any). */
  cycle: number;
  /** Questions of the questionnaire's newest version: what "answered" counts against. */
  total: number;
  members: Dated<MemberStatus, 'lastActivity' | 'submittedAt'>[];
  /** Pending join requests, for those who may decide them (empty for the others). */
  requests: (Omit<MembershipRequest, 'createdAt'> & { createdAt: string })[];
  canManage: boolean;
}

/** The hub's front page: each member's progress in a cycle, and the join requests to decide. */
export function hubOverview({
  hubId,
  actor,
  requestedCycle,
}: {
  hubId: number;
  actor: Actor;
  requestedCycle: number | undefined;
}): HubOverview {
  const ctx = hubContext(hubId, requestedCycle);
  const canManage = can(actor, 'hub:manage', { hubId });
  const statuses = ctx ? memberStatuses(hubId, ctx.questionnaireId, ctx.cycle) : [];
  return {
    cycles: ctx?.cycles ?? [],
    cycle: ctx?.cycle ?? new Date().getFullYear(),
    total: ctx ? ctx.definition.domains.flatMap(questionsOf).length : 0,
    members: statuses.map((m) => ({
      ...m,
      lastActivity: m.lastActivity?.toISOString() ?? null,
      submittedAt: m.submittedAt?.toISOString() ?? null,
    })),
    requests: canManage
      ? pendingRequests(hubId).map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }))
      : [],
    canManage,
  };
}
