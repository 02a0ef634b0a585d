import { describe, expect, test } from 'vitest';
import { healthReport } from '~/services/health.server';

describe('the health check', () => {
  test('the database answers', () => {
    expect(healthReport()).toEqual({ ok: true, database: 'ok' });
  });
});
