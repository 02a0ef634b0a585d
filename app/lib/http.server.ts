import { getEnv } from './env.server';

/**
 * A link for an e-mail, to a path of this platform. It is built from the configured public
 * address only: a request's Host header is chosen by whoever sends the request.
 */
export function publicLink(path: `/${string}`): string {
  return `${getEnv().publicUrl}${path}`;
}

/** A whole positive number from a URL parameter, or a 404 for anything else. */
export function idParam(value: string | undefined): number {
  const id = Number(value);
  if (!value || !/^\d{1,12}$/.test(value) || !Number.isSafeInteger(id) || id <= 0) {
    throw new Response('Not found', { status: 404 });
  }
  return id;
}
