import { listOrganisationsForAdmin, type OrganisationWithHubs } from '~/models/organisation.server';

/** Every parliament, by name, with its hubs and how many people it has: for administrators. */
export function organisationList(): OrganisationWithHubs[] {
  return listOrganisationsForAdmin();
}
