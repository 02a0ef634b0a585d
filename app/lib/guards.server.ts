import type { OrganisationTarget, Permission } from '~/domain/policy';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import {
  assessmentTarget,
  definitionOf,
  getAssessmentFor,
  organisationOf,
  type AssessmentSummary,
} from '~/models/assessment.server';
import { getCohort } from '~/models/cohort.server';
import {
  getOrganisationFor,
  organisationTarget,
  type Organisation,
} from '~/models/organisation.server';
import { notFound, requirePermission, requireUser, type CurrentUser } from './auth.server';
import { idParam } from './http.server';

export interface OrganisationContext {
  user: CurrentUser;
  organisation: Organisation;
  cohortIds: readonly number[];
}

/**
 * The organisation named in the URL, for someone allowed `permission` on it. An unknown id is a
 * 404; a known one the person may not touch is a 403 (logged), and nothing of it is read.
 */
export function requireOrganisation(
  request: Request,
  rawId: string | undefined,
  permission: Permission,
  context: { address?: string } = {},
): OrganisationContext {
  requireUser(request);
  const id = idParam(rawId);
  const target = organisationTarget(id);
  if (!target) throw notFound();
  const user = requirePermission(request, permission, target, context);
  // The query is scoped by the same rules as the check above: belt and braces.
  const organisation = getOrganisationFor(user.actor, id);
  if (!organisation) throw notFound();
  return { user, organisation, cohortIds: target.cohortIds };
}

export function requireCohort(
  request: Request,
  rawId: string | undefined,
  permission: 'cohort:view' | 'cohort:manage',
  context: { address?: string } = {},
) {
  requireUser(request);
  const id = idParam(rawId);
  const cohort = getCohort(id);
  if (!cohort) throw notFound();
  const user = requirePermission(request, permission, { cohortId: id }, context);
  return { user, cohort };
}

export function requireAdmin(request: Request, context: { address?: string } = {}): CurrentUser {
  return requirePermission(request, 'platform:administer', undefined, context);
}

export interface AssessmentContext extends OrganisationContext {
  assessment: AssessmentSummary;
  definition: Questionnaire;
  target: OrganisationTarget;
}

/**
 * The assessment named in the URL, for someone allowed `permission` on it (and, for answers,
 * on `domainId`). The assessment must belong to the organisation in the URL.
 */
export function requireAssessment(
  request: Request,
  params: { orgId?: string; assessmentId?: string },
  permission: Permission,
  context: { address?: string; domainId?: string } = {},
): AssessmentContext {
  const organisation = requireOrganisation(request, params.orgId, 'organisation:view', context);
  const id = idParam(params.assessmentId);
  const assessment = getAssessmentFor(organisation.user.actor, organisation.organisation.id, id);
  if (!assessment) {
    // Coordinators do not see drafts: for them an assessment in progress is forbidden, not absent.
    if (organisationOf(id) === organisation.organisation.id) {
      requirePermission(
        request,
        'assessment:view',
        {
          organisationId: organisation.organisation.id,
          cohortIds: organisation.cohortIds,
          submitted: false,
        },
        context,
      );
    }
    throw notFound();
  }
  const target = assessmentTarget(
    { organisationId: organisation.organisation.id, cohortIds: organisation.cohortIds },
    assessment,
    context.domainId,
  );
  requirePermission(request, permission, target, context);
  return { ...organisation, assessment, definition: definitionOf(assessment), target };
}
