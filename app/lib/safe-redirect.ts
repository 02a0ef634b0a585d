const BASE = 'http://this-site.invalid';

/**
 * A redirect target from user input, kept on this site: a path that starts with a single slash
 * ("//evil.example" and "/\evil.example" leave the site in browsers), made of printable ASCII
 * only. Paths this site builds are percent-encoded, so anything else (a control character, a
 * character a Location header cannot carry) is not one of ours and gets the fallback.
 */
export function safeRedirectTarget(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length > 2_000) return fallback;
  if (!/^\/[\x21-\x7e]*$/.test(value) || value.startsWith('//') || value.startsWith('/\\'))
    return fallback;
  return new URL(value, BASE).origin === BASE ? value : fallback;
}
