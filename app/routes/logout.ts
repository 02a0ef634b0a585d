import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { endSession, currentUser } from '~/access/session.server';
import { readForm } from '~/access/csrf.server';
import { audit } from '~/models/audit.server';

export async function action(args: ActionFunctionArgs) {
  await readForm(args);
  const user = currentUser(args);
  if (user) audit({ action: 'sign-out', actorId: user.id, address: args.context.clientAddress });
  return endSession(args.request, '/');
}

/** Signing out changes state, so it is a POST; a GET only goes home. */
export function loader() {
  return redirect('/');
}
