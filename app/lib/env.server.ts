import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { slug } from '~/domain/questionnaire/schema';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    error: 'use true or false',
  })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

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
    HOST: z.string().min(1).default('0.0.0.0'),
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
    PUBLIC_URL: z.url('give the public address, such as https://maturity.example.org').optional(),
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
  });

export type Env = z.output<typeof envSchema> & {
  SESSION_SECRET: string;
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
  return {
    env: {
      ...parsed,
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
