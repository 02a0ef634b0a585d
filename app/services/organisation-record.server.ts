import type { OrganisationInput } from '~/domain/organisation';
import { audit } from '~/models/audit.server';
import { hubsOfOrganisation } from '~/models/hub.server';
import {
  createOrganisation,
  findOrganisationByName,
  updateOrganisation,
  type Organisation,
} from '~/models/organisation.server';
import { listTeam, type TeamMember } from '~/models/role.server';

export interface OrganisationRecord {
  /** Null on the page that adds a parliament. */
  organisation: Organisation | null;
  hubs: { id: number; name: string }[];
  team: TeamMember[];
}

/** A parliament's record as an administrator edits it: its facts, its hubs and its people. */
export function organisationRecord({
  organisation,
}: {
  organisation: Organisation | undefined;
}): OrganisationRecord {
  if (!organisation) return { organisation: null, hubs: [], team: [] };
  return {
    organisation,
    hubs: hubsOfOrganisation(organisation.id).map((c) => ({ id: c.id, name: c.name })),
    team: listTeam(organisation.id),
  };
}

export type SaveOrganisationOutcome =
  | { status: 'created'; id: number }
  | { status: 'updated' }
  /** Another parliament has that name in that country: nothing was written. */
  | { status: 'duplicate' };

/** Adds a parliament (no `organisationId`) or changes one, and logs it. */
export function saveOrganisation(input: {
  organisationId?: number;
  values: OrganisationInput;
  actorId: number;
  address: string;
}): SaveOrganisationOutcome {
  const { organisationId, values } = input;
  const duplicate = findOrganisationByName(values.name, values.country);
  if (duplicate && duplicate.id !== organisationId) return { status: 'duplicate' };
  const logged = (action: 'organisation.created' | 'organisation.updated', id: number) =>
    audit({
      action,
      actorId: input.actorId,
      targetType: 'organisation',
      targetId: id,
      organisationId: id,
      address: input.address,
    });
  if (organisationId === undefined) {
    const id = createOrganisation(values);
    logged('organisation.created', id);
    return { status: 'created', id };
  }
  updateOrganisation(organisationId, values);
  logged('organisation.updated', organisationId);
  return { status: 'updated' };
}
