import { randomBytes } from 'node:crypto';
import { hubSlug } from '~/domain/slug';
import { audit } from '~/models/audit.server';
import { addHub, listHubs, type Hub } from '~/models/hub.server';

/** Every hub, by name, with its number of member parliaments: for administrators. */
export function hubList(): (Hub & { members: number })[] {
  return listHubs();
}

/**
 * An administrator creates a hub, and it is logged. Its address name ends in random letters, so
 * that two hubs of one name, even created at the same moment, never share it.
 */
export function createHub(input: {
  name: string;
  description: string;
  actorId: number;
  address: string;
}): number {
  const id = addHub({
    name: input.name,
    description: input.description,
    slug: hubSlug(input.name, randomBytes(5).toString('hex')),
  });
  audit({
    action: 'hub.created',
    actorId: input.actorId,
    targetType: 'hub',
    targetId: id,
    address: input.address,
  });
  return id;
}
