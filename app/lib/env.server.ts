import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { slug } from '~/domain/questionnaire/schema';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    error: 'use true or false',
  })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/**
 * The address people use to reach the platform: the only source of links in e-mails (never the
 * request's Host header). An origin only: the app is served from the root of its host.
 */
const publicUrl = z
  .url('give the public address, such as https://maturity.example.org')
  .superRefine((value, ctx) => {
    // zod runs refinements even after the format check failed.
    if (!URL.canParse(value)) return;
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      ctx.addIssue({
        code: 'custom',
        message: 'use an address that starts with http:// or https://',
      });
    else if (url.username || url.password)
      ctx.addIssue({ code: 'custom', message: 'give the address without a user name or password' });
    else if (url.pathname !== '/' || url.search || url.hash)
      ctx.addIssue({
        code: 'custom',
        message: 'give the address without a path, such as https://maturity.example.org',
      });
  })
  .transform((value) => new URL(value).origin);

const envSchema = z
  .object({
    // Production unless told otherwise: `npm run dev` says development, vitest says test.
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    APP_MODE: z.enum(['demo', 'production'], { error: 'use demo or production' }).default('demo'),
    PORT: z.coerce
      .number({ error: 'use a port number' })
      .int('use a whole port number')
      .min(1, 'use a port between 1 and 65535')
      .max(65535, 'use a port between 1 and 65535')
      .default(3000),
    /** Defaults to loopback in demo mode (see parseEnv): published demo passwords stay local. */
    HOST: z.string().min(1).optional(),
    DATABASE_URL: z
      .string()
      .min(1, 'give a file path such as ./data/app.db')
      .default('./data/app.db'),
    SESSION_SECRET: z
      .string()
      .min(32, 'use at least 32 random characters (for example: openssl rand -hex 32)')
      .optional(),
    QUESTIONNAIRES_DIR: z.string().min(1).default('questionnaires'),
    /** The questionnaire that dashboards and learning paths open on when a parliament submitted several. */
    FLAGSHIP_QUESTIONNAIRE: slug.default('parliamentary-ict-governance'),
    MIGRATIONS_DIR: z.string().min(1).default('drizzle'),
    PUBLIC_URL: publicUrl.optional(),
    SEED_DEMO: booleanFlag.optional(),
    /** Fewest other parliaments behind any peer figure (never below 3). */
    BENCHMARK_MIN_PEERS: z.coerce
      .number({ error: 'use a whole number of at least 3' })
      .int('use a whole number of at least 3')
      .min(3, 'use a whole number of at least 3: fewer peers could reveal one parliament')
      .default(5),
    CLUSTERS_FILE: z.string().min(1).default('config/maturity-clusters.yaml'),
    /** smtp://user:password@host:587 or smtps://…; without it, mail goes to the outbox page and the log. */
    SMTP_URL: z.url('give an address such as smtp://user:password@mail.example.org:587').optional(),
    MAIL_FROM: z.string().min(3).default('ICT Governance Maturity <no-reply@localhost>'),
    /** Set behind a reverse proxy so that client addresses (for throttling) are read correctly. */
    TRUST_PROXY: booleanFlag.default(false),
  })
  .superRefine((env, ctx) => {
    if (env.APP_MODE === 'production' && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message:
          'is required when APP_MODE=production: set it to at least 32 random characters (for example: openssl rand -hex 32)',
      });
    }
    if (env.APP_MODE === 'production' && !env.PUBLIC_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['PUBLIC_URL'],
        message:
          'is required when APP_MODE=production: set it to the address people use, such as https://maturity.example.org (links in e-mails are built from it)',
      });
    }
  });

export type Env = z.output<typeof envSchema> & {
  SESSION_SECRET: string;
  HOST: string;
  /** Origin of every link in e-mails: PUBLIC_URL, or the demo's own local address. */
  publicUrl: string;
  /** Absolute or relative file path of the SQLite database. */
  databaseFile: string;
  isProduction: boolean;
  isDemo: boolean;
  seedDemo: boolean;
};

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

export interface ParsedEnv {
  env: Env;
  warnings: string[];
}

/** `file:./x.db`, `sqlite:./x.db` and `./x.db` all name the same file. */
export function databaseFileFromUrl(url: string): string {
  return url.replace(/^(file|sqlite):(\/\/)?/, '');
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const WILDCARD = new Set(['0.0.0.0', '::']);

/** The demo's own address when PUBLIC_URL is not set: where its links lead on this machine. */
function demoAddress(host: string, port: number): string {
  if (LOOPBACK.has(host) || WILDCARD.has(host)) return `http://localhost:${port}`;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * Parses an environment. In demo mode a missing SESSION_SECRET is generated (and reported as a
 * warning); in production mode it is an error, like every other invalid value.
 */
export function parseEnv(source: Record<string, string | undefined>): ParsedEnv {
  // An empty variable (FOO= in an env file) means "not set".
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map(
        (issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`,
      ),
    );
  }
  const warnings: string[] = [];
  const parsed = result.data;
  let secret = parsed.SESSION_SECRET;
  if (!secret) {
    secret = randomBytes(32).toString('hex');
    warnings.push(
      'SESSION_SECRET is not set: generated one for this demo run. Sessions end when the server restarts; set SESSION_SECRET to keep them.',
    );
  }
  const isDemo = parsed.APP_MODE === 'demo';
  const host = parsed.HOST ?? (isDemo ? '127.0.0.1' : '0.0.0.0');
  if (isDemo && !LOOPBACK.has(host)) {
    warnings.push(
      `HOST=${host} makes this demo reachable from the network, and the demo accounts' password is published in the README. Use it on a trusted network only.`,
    );
  }
  return {
    env: {
      ...parsed,
      HOST: host,
      publicUrl: parsed.PUBLIC_URL ?? demoAddress(host, parsed.PORT),
      SESSION_SECRET: secret,
      databaseFile: databaseFileFromUrl(parsed.DATABASE_URL),
      isProduction: parsed.APP_MODE === 'production',
      isDemo,
      seedDemo: parsed.SEED_DEMO ?? isDemo,
    },
    warnings,
  };
}

let cached: Env | undefined;

/**
 * The process environment, parsed once. A generated secret is written back to `process.env`
 * so that every part of the process (server, app build, scripts) signs with the same key.
 */
export function getEnv(): Env {
  if (!cached) {
    const { env } = parseEnv(process.env);
    process.env.SESSION_SECRET = env.SESSION_SECRET;
    cached = env;
  }
  return cached;
}
