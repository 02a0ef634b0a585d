import type { Actor } from '~/domain/policy';
import { workspaceOf, type Workspace } from '~/models/role.server';
import { setLocale, setName } from '~/models/user.server';

export interface AccountView {
  account: { name: string; email: string; locale: string; isAdmin: boolean };
  /** The roles the page lists: parliaments with the person's role, hubs they coordinate. */
  workspace: Workspace;
}

/** The account page of the signed-in person; `locale` is '' when the browser's language is used. */
export function accountPage({
  person,
}: {
  person: { name: string; email: string; locale: string | null; isAdmin: boolean; actor: Actor };
}): AccountView {
  return {
    account: {
      name: person.name,
      email: person.email,
      locale: person.locale ?? '',
      isAdmin: person.isAdmin,
    },
    workspace: workspaceOf(person.actor),
  };
}

/** Saves the person's name and language (null: follow the browser). */
export function saveProfile(input: { userId: number; name: string; locale: string | null }): void {
  setName(input.userId, input.name);
  setLocale(input.userId, input.locale);
}
