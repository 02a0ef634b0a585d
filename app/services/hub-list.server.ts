import { hubSlug } from '~/domain/slug';
import { audit } from '~/models/audit.server';
import { createCohort, listCohorts, type Cohort } from '~/models/cohort.server';

/** Every hub, by name, with its number of member parliaments: for administrators. */
export function hubList(): (Cohort & { members: number })[] {
  return listCohorts();
}

/** An administrator creates a hub (its address name made unique), and it is logged. */
export function createHub(input: {
  name: string;
  description: string;
  actorId: number;
  address: string;
}): number {
  const id = createCohort({
    name: input.name,
    description: input.description,
    slug: hubSlug(input.name, Date.now().toString(36)),
  });
  audit({
    action: 'cohort.created',
    actorId: input.actorId,
    targetType: 'cohort',
    targetId: id,
    address: input.address,
  });
  return id;
}
