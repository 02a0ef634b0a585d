import { getEnv } from '~/lib/env.server';

/**
 * In production, cookies are Secure and `__Host-` prefixed (bound to this host, path /, never
 * sent over plain HTTP). Demo mode serves plain HTTP on a laptop, so it uses plain names.
 */
export function cookieName(base: string): string {
  return getEnv().isProduction ? `__Host-${base}` : base;
}

export function serializeCookie(
  base: string,
  value: string,
  { maxAge }: { maxAge?: number } = {},
): string {
  const parts = [`${cookieName(base)}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Lax'];
  if (getEnv().isProduction) parts.push('Secure');
  if (maxAge !== undefined) parts.push(`Max-Age=${maxAge}`);
  return parts.join('; ');
}

export function clearCookie(base: string): string {
  return serializeCookie(base, '', { maxAge: 0 });
}

export function readCookie(request: Request, base: string): string | undefined {
  const header = request.headers.get('cookie');
  if (!header) return undefined;
  const name = cookieName(base);
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      const value = part.slice(index + 1).trim();
      return value || undefined;
    }
  }
  return undefined;
}
