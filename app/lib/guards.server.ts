import type { Permission } from '~/domain/policy';
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
