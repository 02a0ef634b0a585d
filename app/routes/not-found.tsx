import { notFound } from '~/access/session.server';

/*
 * Any address no other route matches. Without this route the router answers 404 before any
 * loader runs, so the error page would lack the root loader's data: the signed-in header and
 * the CSRF token that the language switcher and the sign-out button post.
 */
export function loader(): never {
  throw notFound();
}

export function action(): never {
  throw notFound();
}

/** Never shown (the loader always throws); a route with a component renders as a page. */
export default function NotFound() {
  return null;
}
