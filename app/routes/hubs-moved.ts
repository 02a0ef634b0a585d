import { redirect, type LoaderFunctionArgs } from '@remix-run/node';

/**
 * Hub pages lived under /cohorts/ before hubs were called hubs everywhere: old bookmarks and
 * links in e-mails land on the same page under /hubs/ (permanently moved).
 */
export function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  return redirect(`/hubs/${url.pathname.replace(/^\/cohorts\/?/, '')}${url.search}`, 301);
}
