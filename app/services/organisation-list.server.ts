import {
  listOrganisationsForAdmin,
  type OrganisationWithCohorts,
} from '~/models/organisation.server';

/** Every parliament, by name, with its hubs and how many people it has: for administrators. */
export function organisationList(): OrganisationWithCohorts[] {
  return listOrganisationsForAdmin();
}
