/**
 * A redirect target from user input, kept on this site: only paths that start with a single
 * slash are allowed ("//evil.example" and "/\evil.example" leave the site in browsers).
 */
export function safeRedirectTarget(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string') return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (/[\r\n\t]/.test(value)) return fallback;
  return value;
}
