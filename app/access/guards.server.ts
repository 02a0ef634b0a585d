import type { OrganisationTarget, Permission } from '~/domain/policy';
import type { Question, Questionnaire } from '~/domain/questionnaire/schema';
import { questionIndex } from '~/domain/questionnaire/tree';
import { assessmentOf, getAssessmentFor, type AssessmentSummary } from '~/models/assessment.server';
import { assigneesOf } from '~/models/domain-work.server';
import { definitionOf } from '~/models/questionnaire.server';
import { getHub } from '~/models/hub.server';
import {
  getOrganisationFor,
  organisationTarget,
  type Organisation,
} from '~/models/organisation.server';
import { idParam } from '~/lib/http.server';
import {
  notFound,
  requirePermission,
  requireUser,
  type CurrentUser,
  type RequestArgs,
} from './session.server';

export interface OrganisationContext {
  user: CurrentUser;
  organisation: Organisation;
  hubIds: readonly number[];
}

/**
 * The organisation named in the URL (`:orgId`), for someone allowed `permission` on it. An
 * unknown id is a 404; a known one the person may not touch is a 403 (logged), and nothing of it
 * is read.
 */
export function requireOrganisation(
  args: RequestArgs,
  permission: Permission,
): OrganisationContext {
  requireUser(args);
  const id = idParam(args.params.orgId);
  const target = organisationTarget(id);
  if (!target) throw notFound();
  const user = requirePermission(args, permission, target);
  // The query is scoped by the same rules as the check above: belt and braces.
  const organisation = getOrganisationFor(user.actor, id);
  if (!organisation) throw notFound();
  return { user, organisation, hubIds: target.hubIds };
}

/** The hub named in the URL (`:hubId`), for its coordinators and administrators. */
export function requireHub(args: RequestArgs, permission: 'hub:view' | 'hub:manage') {
  requireUser(args);
  const id = idParam(args.params.hubId);
  const hub = getHub(id);
  if (!hub) throw notFound();
  const user = requirePermission(args, permission, { hubId: id });
  return { user, hub };
}

export function requireAdmin(args: Pick<RequestArgs, 'request' | 'context'>): CurrentUser {
  return requirePermission(args, 'platform:administer', undefined);
}

/** What the policy needs about an assessment (and the domain a save touches). */
export function assessmentTarget(
  organisation: OrganisationTarget,
  assessment: Pick<AssessmentSummary, 'id' | 'status'>,
  domainId?: string,
): OrganisationTarget {
  return {
    ...organisation,
    submitted: assessment.status === 'submitted',
    assignees: domainId ? assigneesOf(assessment.id, domainId) : [],
  };
}

export interface AssessmentContext extends OrganisationContext {
  assessment: AssessmentSummary;
  definition: Questionnaire;
  target: OrganisationTarget;
}

/**
 * The assessment named in the URL (`:orgId`, `:assessmentId`), for someone allowed `permission`
 * on it. The assessment must belong to the organisation in the URL. Whether its state hides it
 * from the person (a coordinator and a draft) is the policy's to say: the target carries the
 * state. Answers have their own check on top of this one: requireAnswerAccess.
 */
export function requireAssessment(args: RequestArgs, permission: Permission): AssessmentContext {
  const organisation = requireOrganisation(args, 'organisation:view');
  const id = idParam(args.params.assessmentId);
  const found = assessmentOf(organisation.organisation.id, id);
  if (!found) throw notFound();
  const place = { organisationId: organisation.organisation.id, hubIds: organisation.hubIds };
  const target = assessmentTarget(place, found);
  requirePermission(args, 'assessment:view', target);
  if (permission !== 'assessment:view') requirePermission(args, permission, target);
  // Scoped by the same rules as the checks above: belt and braces.
  const assessment = getAssessmentFor(organisation.user.actor, organisation.organisation.id, id);
  if (!assessment) throw notFound();
  return { ...organisation, assessment, definition: definitionOf(assessment), target };
}

/** Where answers are saved: one question (the autosave), or a domain's questions (its page). */
export type AnswerPlace = { questionId: string | undefined } | { domainId: string | undefined };

/**
 * May the person change answers there, in the assessment requireAssessment has read (nothing of
 * it is read again)? Nobody may once it is submitted, a contributor only in the domains assigned
 * to them: a refusal is a 403. A question or a domain that the questionnaire does not have is
 * undefined, for the caller to answer (a 404 for a page's address, an "unknown question" reply
 * for the autosave).
 */
export function requireAnswerAccess(
  args: RequestArgs,
  { assessment, definition, target }: AssessmentContext,
  place: AnswerPlace,
): { domainId: string; question?: Question } | undefined {
  const question =
    'questionId' in place && place.questionId !== undefined
      ? questionIndex(definition).get(place.questionId)
      : undefined;
  const domainId =
    'domainId' in place
      ? definition.domains.find((d) => d.id === place.domainId)?.id
      : question?.domainId;
  if (domainId === undefined) return undefined;
  requirePermission(args, 'assessment:answer', assessmentTarget(target, assessment, domainId));
  return { domainId, question: question?.node };
}
