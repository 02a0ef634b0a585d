import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { endSession, currentUser } from '~/access/session.server';
import { readForm } from '~/access/csrf.server';
import { signOut } from '~/services/sign-out.server';

export async function action(args: ActionFunctionArgs) {
  await readForm(args);
  const user = currentUser(args);
  if (user) signOut({ userId: user.id, address: args.context.clientAddress });
  return endSession(args.request, '/');
}

/** Signing out changes state, so it is a POST; a GET only goes home. */
export function loader() {
  return redirect('/');
}
