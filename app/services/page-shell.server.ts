import type { Actor } from '~/domain/policy';
import { workspaceOf, type Workspace } from '~/models/role.server';

/** The signed-in person as every page's header and the home page show them. */
export interface ShellUser extends Workspace {
  name: string;
  email: string;
  isAdmin: boolean;
}

/**
 * What the page shell needs about the person: their name and where they work (their parliaments
 * with their role, the hubs they coordinate). Null for a visitor who is not signed in.
 */
export function pageShell({
  person,
}: {
  person: { name: string; email: string; isAdmin: boolean; actor: Actor } | null;
}): ShellUser | null {
  if (!person) return null;
  return {
    name: person.name,
    email: person.email,
    isAdmin: person.isAdmin,
    ...workspaceOf(person.actor),
  };
}
