import { describe, expect, test } from 'vitest';
import { EnvError, databaseFileFromUrl, parseEnv } from '~/lib/env.server';

describe('parseEnv', () => {
  test('demo mode generates a session secret and says so', () => {
    const { env, warnings } = parseEnv({});
    expect(env.APP_MODE).toBe('demo');
    expect(env.SESSION_SECRET).toMatch(/^[0-9a-f]{64}$/);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('SESSION_SECRET is not set');
    expect(env.seedDemo).toBe(true);
  });

  test('defaults: port 3000 and ./data/app.db', () => {
    const { env } = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.databaseFile).toBe('./data/app.db');
  });

  test('production mode without a secret is an error that names the variable', () => {
    expect(() => parseEnv({ APP_MODE: 'production' })).toThrowError(EnvError);
    try {
      parseEnv({ APP_MODE: 'production' });
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const problems = (error as EnvError).problems;
      expect(problems).toEqual([
        expect.stringContaining('SESSION_SECRET is required when APP_MODE=production'),
      ]);
    }
  });

  test('production mode with a secret does not seed demo data unless asked', () => {
    const secret = 'x'.repeat(40);
    expect(parseEnv({ APP_MODE: 'production', SESSION_SECRET: secret }).env.seedDemo).toBe(false);
    expect(
      parseEnv({ APP_MODE: 'production', SESSION_SECRET: secret, SEED_DEMO: 'true' }).env.seedDemo,
    ).toBe(true);
  });

  test('every bad value is reported at once, each with its variable', () => {
    try {
      parseEnv({ PORT: 'eighty', SESSION_SECRET: 'short', APP_MODE: 'staging' });
      expect.unreachable();
    } catch (error) {
      const problems = (error as EnvError).problems;
      expect(problems).toHaveLength(3);
      expect(problems.some((p) => p.startsWith('PORT'))).toBe(true);
      expect(problems.some((p) => p.startsWith('SESSION_SECRET') && p.includes('32'))).toBe(true);
      expect(problems.some((p) => p.startsWith('APP_MODE'))).toBe(true);
    }
  });

  test('a port out of range is refused', () => {
    expect(() => parseEnv({ PORT: '70000' })).toThrowError(/PORT use a port between 1 and 65535/);
  });

  test('the flagship questionnaire is the shipped one unless another id is named', () => {
    expect(parseEnv({}).env.FLAGSHIP_QUESTIONNAIRE).toBe('parliamentary-ict-governance');
    expect(parseEnv({ FLAGSHIP_QUESTIONNAIRE: 'open-parliament' }).env.FLAGSHIP_QUESTIONNAIRE).toBe(
      'open-parliament',
    );
    expect(() => parseEnv({ FLAGSHIP_QUESTIONNAIRE: 'Open Parliament' })).toThrowError(
      /FLAGSHIP_QUESTIONNAIRE use lower-case letters, digits and "-"/,
    );
  });
});

describe('databaseFileFromUrl', () => {
  test.each([
    ['./data/app.db', './data/app.db'],
    ['file:./data/app.db', './data/app.db'],
    ['sqlite:///tmp/x.db', '/tmp/x.db'],
    ['file:/tmp/x.db', '/tmp/x.db'],
  ])('%s names %s', (url, file) => {
    expect(databaseFileFromUrl(url)).toBe(file);
  });
});
