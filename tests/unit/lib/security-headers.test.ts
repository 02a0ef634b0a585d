import { describe, expect, test } from 'vitest';
import { baselineSecurityHeaders, contentSecurityPolicy } from '~/lib/security-headers.server';

describe('contentSecurityPolicy', () => {
  test('scripts need this request nonce; no inline styles, frames or plugins in production', () => {
    const policy = contentSecurityPolicy('abc123', { development: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123'");
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
  });

  test('development allows Vite style injection and its web socket', () => {
    const policy = contentSecurityPolicy('n', { development: true });
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain('ws:');
  });
});

describe('baselineSecurityHeaders', () => {
  test('HSTS only over HTTPS', () => {
    expect(baselineSecurityHeaders({ https: false })['Strict-Transport-Security']).toBeUndefined();
    expect(baselineSecurityHeaders({ https: true })['Strict-Transport-Security']).toContain(
      'max-age=31536000',
    );
    expect(baselineSecurityHeaders({ https: false })['X-Content-Type-Options']).toBe('nosniff');
  });
});
