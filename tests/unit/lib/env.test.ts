import { describe, expect, test } from 'vitest';
import { EnvError, databaseFileFromUrl, parseEnv } from '~/lib/env.server';

const PUBLIC = 'https://maturity.example.org';

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
    expect(() => parseEnv({ APP_MODE: 'production', PUBLIC_URL: PUBLIC })).toThrowError(EnvError);
    try {
      parseEnv({ APP_MODE: 'production', PUBLIC_URL: PUBLIC });
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const problems = (error as EnvError).problems;
      expect(problems).toEqual([
        expect.stringContaining('SESSION_SECRET is required when APP_MODE=production'),
      ]);
    }
  });

  test('production mode with a secret does not seed demo data unless asked', () => {
    const base = { APP_MODE: 'production', SESSION_SECRET: 'x'.repeat(40), PUBLIC_URL: PUBLIC };
    expect(parseEnv(base).env.seedDemo).toBe(false);
    expect(parseEnv({ ...base, SEED_DEMO: 'true' }).env.seedDemo).toBe(true);
  });

  test('production mode without a public address is an error that names the variable', () => {
    try {
      parseEnv({ APP_MODE: 'production', SESSION_SECRET: 'x'.repeat(40) });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      expect((error as EnvError).problems).toEqual([
        expect.stringMatching(/^PUBLIC_URL is required when APP_MODE=production/),
      ]);
    }
  });

  test.each([
    ['ftp://maturity.example.org', 'use an address that starts with http:// or https://'],
    ['https://maturity.example.org/platform', 'give the address without a path'],
    ['https://maturity.example.org/?x=1', 'give the address without a path'],
    ['https://user:pw@maturity.example.org', 'give the address without a user name or password'],
    ['maturity.example.org', 'give the public address'],
  ])('PUBLIC_URL %s is refused: %s', (value, message) => {
    expect(() => parseEnv({ PUBLIC_URL: value })).toThrowError(`PUBLIC_URL ${message}`);
  });

  test('links are built from PUBLIC_URL, without a trailing slash', () => {
    expect(parseEnv({ PUBLIC_URL: 'https://Maturity.Example.org/' }).env.publicUrl).toBe(
      'https://maturity.example.org',
    );
    expect(parseEnv({ PUBLIC_URL: 'http://10.0.0.5:8080' }).env.publicUrl).toBe(
      'http://10.0.0.5:8080',
    );
  });

  test('demo mode listens on loopback and links to its own address', () => {
    const { env } = parseEnv({});
    expect(env.HOST).toBe('127.0.0.1');
    expect(env.publicUrl).toBe('http://localhost:3000');
    expect(parseEnv({ PORT: '4123' }).env.publicUrl).toBe('http://localhost:4123');
    expect(parseEnv({ HOST: '0.0.0.0' }).env.publicUrl).toBe('http://localhost:3000');
    expect(parseEnv({ HOST: '192.168.1.20', PORT: '8080' }).env.publicUrl).toBe(
      'http://192.168.1.20:8080',
    );
    expect(parseEnv({ HOST: '::1' }).env.publicUrl).toBe('http://localhost:3000');
    expect(parseEnv({ HOST: 'fd00::5' }).env.publicUrl).toBe('http://[fd00::5]:3000');
  });

  test('production listens on every interface unless HOST says otherwise', () => {
    const base = { APP_MODE: 'production', SESSION_SECRET: 'x'.repeat(40), PUBLIC_URL: PUBLIC };
    expect(parseEnv(base).env.HOST).toBe('0.0.0.0');
    expect(parseEnv({ ...base, HOST: '127.0.0.1' }).env.HOST).toBe('127.0.0.1');
  });

  test('a demo reachable from the network is warned about', () => {
    expect(parseEnv({ HOST: '0.0.0.0' }).warnings).toContainEqual(
      expect.stringContaining('demo accounts'),
    );
    expect(parseEnv({}).warnings.some((w) => w.includes('demo accounts'))).toBe(false);
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
