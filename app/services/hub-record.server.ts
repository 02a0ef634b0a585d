import {
  addHubMember,
  hubCoordinators,
  hubMemberList,
  removeHubMember,
  updateHub,
  type Hub,
} from '~/models/hub.server';
import { audit } from '~/models/audit.server';
import { listOrganisationsForAdmin } from '~/models/organisation.server';
import { removeCoordinator } from '~/models/role.server';
import { invite } from './invitation.server';

export interface HubRecord {
  hub: Hub;
  members: { id: number; name: string; country: string }[];
  coordinators: { id: number; name: string; email: string }[];
  /** Parliaments that could join: every one not a member yet, named with its country. */
  candidates: { id: number; name: string }[];
}

/** A hub as an administrator edits it: its name, members and coordinators. */
export function hubRecord({ hub }: { hub: Hub }): HubRecord {
  const members = hubMemberList(hub.id);
  return {
    hub,
    members,
    coordinators: hubCoordinators(hub.id),
    candidates: listOrganisationsForAdmin()
      .filter((o) => !members.some((m) => m.id === o.id))
      .map((o) => ({ id: o.id, name: `${o.name} (${o.country})` })),
  };
}

export type HubChange =
  | { intent: 'edit'; name: string; description: string }
  | { intent: 'add-member' | 'remove-member'; organisationId: number }
  | { intent: 'remove-coordinator'; userId: number }
  | { intent: 'add-coordinator'; email: string; name: string };

export type HubChangeOutcome =
  | { status: 'saved' | 'member-added' | 'member-removed' | 'coordinator-removed' }
  | { status: 'coordinator-invited' }
  /** The parliament to add does not exist: nothing was changed. */
  | { status: 'unknown-organisation' }
  /** The hub itself was removed meanwhile. */
  | { status: 'hub-gone' };

/**
 * An administrator changes a hub: renames or describes it, adds or removes a member, removes a
 * coordinator or invites one (by e-mail, in `language` unless the person chose one). Every
 * change is logged.
 */
export async function changeHub(input: {
  hub: Hub;
  change: HubChange;
  admin: { id: number; name: string };
  language: string;
  address: string;
}): Promise<HubChangeOutcome> {
  const { hub, change, admin, address } = input;
  const logged = { actorId: admin.id, address };
  switch (change.intent) {
    case 'edit':
      updateHub(hub.id, { name: change.name, description: change.description });
      audit({ ...logged, action: 'hub.updated', targetType: 'hub', targetId: hub.id });
      return { status: 'saved' };
    case 'add-member':
      if (!addHubMember(hub.id, change.organisationId)) return { status: 'unknown-organisation' };
      audit({
        ...logged,
        action: 'hub.member-added',
        targetType: 'hub',
        targetId: hub.id,
        organisationId: change.organisationId,
      });
      return { status: 'member-added' };
    case 'remove-member':
      removeHubMember(hub.id, change.organisationId);
      audit({
        ...logged,
        action: 'hub.member-removed',
        targetType: 'hub',
        targetId: hub.id,
        organisationId: change.organisationId,
      });
      return { status: 'member-removed' };
    case 'remove-coordinator':
      removeCoordinator(change.userId, hub.id);
      audit({
        ...logged,
        action: 'coordinator.removed',
        targetType: 'user',
        targetId: change.userId,
        detail: { hubId: hub.id },
      });
      return { status: 'coordinator-removed' };
    case 'add-coordinator': {
      const outcome = await invite({
        inviterId: admin.id,
        inviterName: admin.name,
        email: change.email,
        name: change.name,
        grant: { kind: 'hub', hubId: hub.id },
        language: input.language,
        address,
      });
      return outcome.status === 'unknown-target'
        ? { status: 'hub-gone' }
        : { status: 'coordinator-invited' };
    }
  }
}
