import type { Role } from '~/domain/policy';
import { listHubs } from '~/models/hub.server';
import { listOrganisationsForAdmin } from '~/models/organisation.server';
import { coordinationsOf, rolesOf } from '~/models/role.server';
import { listUsers, type AccountSummary } from '~/models/user.server';

export interface UserSummary extends AccountSummary {
  roles: { organisationId: number; organisationName: string; role: Role }[];
  hubs: { hubId: number; hubName: string }[];
}

/** Accounts with their roles and coordinated hubs, for administrators (a search narrows them). */
export function accountsWithRoles(filter: { search?: string; id?: number } = {}): UserSummary[] {
  const accounts = listUsers(filter);
  const ids = accounts.map((a) => a.id);
  const roles = rolesOf(ids);
  const hubs = coordinationsOf(ids);
  return accounts.map((account) => ({
    ...account,
    roles: roles.filter((r) => r.userId === account.id).map(({ userId: _, ...rest }) => rest),
    hubs: hubs.filter((c) => c.userId === account.id).map(({ userId: _, ...rest }) => rest),
  }));
}

export function accountWithRoles(id: number): UserSummary | undefined {
  return accountsWithRoles({ id })[0];
}

export interface AccountList {
  users: UserSummary[];
  /** What an invitation may grant: a role in a parliament, or the coordination of a hub. */
  organisations: { id: number; name: string }[];
  hubs: { id: number; name: string }[];
}

/** The users page: accounts (narrowed by a search), and the places an invitation may name. */
export function accountList({ search }: { search?: string }): AccountList {
  return {
    users: accountsWithRoles({ search }),
    organisations: listOrganisationsForAdmin().map((o) => ({ id: o.id, name: o.name })),
    hubs: listHubs().map((c) => ({ id: c.id, name: c.name })),
  };
}
