import { describe, expect, test } from 'vitest';
import { isCrossSite } from '~/lib/origin-check';

const base = { host: 'app.example.org', origin: undefined, fetchSite: undefined };

describe('isCrossSite', () => {
  test.each([
    ['GET from anywhere', { ...base, method: 'GET', fetchSite: 'cross-site' }, false],
    [
      'POST same-origin by Sec-Fetch-Site',
      { ...base, method: 'POST', fetchSite: 'same-origin' },
      false,
    ],
    ['POST typed in by the user', { ...base, method: 'POST', fetchSite: 'none' }, false],
    ['POST from a sibling site', { ...base, method: 'POST', fetchSite: 'same-site' }, true],
    ['POST cross-site', { ...base, method: 'POST', fetchSite: 'cross-site' }, true],
    [
      'POST with a matching Origin',
      { ...base, method: 'POST', origin: 'https://app.example.org' },
      false,
    ],
    [
      'POST with a foreign Origin',
      { ...base, method: 'POST', origin: 'https://evil.example' },
      true,
    ],
    ['POST with an opaque Origin', { ...base, method: 'POST', origin: 'null' }, true],
    ['POST without any header (curl, old clients)', { ...base, method: 'POST' }, false],
    [
      'DELETE with a foreign Origin',
      { ...base, method: 'DELETE', origin: 'http://evil.example' },
      true,
    ],
  ])('%s', (_name, request, expected) => {
    expect(isCrossSite(request)).toBe(expected);
  });

  test('the public address counts as this site behind a proxy', () => {
    expect(
      isCrossSite({
        method: 'POST',
        host: 'localhost:3000',
        origin: 'https://maturity.example.org',
        fetchSite: undefined,
        publicUrl: 'https://maturity.example.org',
      }),
    ).toBe(false);
  });
});
