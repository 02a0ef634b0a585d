import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createRequestHandler } from '@remix-run/express';
import type { ServerBuild } from '@remix-run/node';
import compression from 'compression';
import express from 'express';
import { EnvError, parseEnv, type Env } from '~/lib/env.server';
import { baselineSecurityHeaders } from '~/lib/security-headers.server';
import { rejectCrossSiteRequests } from './middleware';
import { prepare } from './startup';

function readEnv(): Env {
  try {
    const { env, warnings } = parseEnv(process.env);
    for (const warning of warnings) console.warn(`Warning: ${warning}`);
    // The app build parses the environment again: give it the same secret.
    process.env.SESSION_SECRET = env.SESSION_SECRET;
    return env;
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

async function loadBuild(development: boolean) {
  if (!development) {
    const buildUrl = new URL('./server/index.js', import.meta.url).href;
    const build = (await import(buildUrl)) as ServerBuild;
    return { build, vite: undefined };
  }
  const vite = await import('vite').then((v) =>
    v.createServer({ server: { middlewareMode: true }, appType: 'custom' }),
  );
  return {
    build: () => vite.ssrLoadModule('virtual:remix/server-build') as Promise<ServerBuild>,
    vite,
  };
}

async function main() {
  const env = readEnv();
  const development = env.NODE_ENV === 'development';
  const startup = await prepare(env);
  const { build, vite } = await loadBuild(development);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', env.TRUST_PROXY);
  app.use(compression());

  const securityHeaders = baselineSecurityHeaders({
    https: env.PUBLIC_URL?.startsWith('https:') ?? false,
  });
  app.use((_req, res, next) => {
    res.set(securityHeaders);
    res.locals.cspNonce = randomBytes(16).toString('base64');
    res.locals.startedAt = performance.now();
    next();
  });
  app.use(rejectCrossSiteRequests({ publicUrl: env.PUBLIC_URL }));

  if (vite) {
    app.use(vite.middlewares);
  } else {
    // Fingerprinted by Vite: safe to cache for a year.
    app.use('/assets', express.static('build/client/assets', { immutable: true, maxAge: '1y' }));
    app.use(express.static('build/client', { maxAge: '1h' }));
  }

  app.all(
    '*',
    createRequestHandler({
      build,
      mode: development ? 'development' : 'production',
      getLoadContext: (req, res) => ({
        cspNonce: String(res.locals.cspNonce),
        clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        startedAt: Number(res.locals.startedAt),
      }),
    }),
  );

  const server = app.listen(env.PORT, env.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : env.PORT;
    const url = env.PUBLIC_URL ?? `http://localhost:${port}`;
    console.log(`Listening on ${url} (${env.APP_MODE} mode, database ${env.databaseFile})`);
    for (const line of startup.messages) console.log(line);
  });

  const shutdown = (signal: string) => {
    console.log(`${signal} received: closing`);
    server.close(() => {
      startup.close();
      void vite?.close();
      process.exit(0);
    });
    // Long-lived connections must not keep the process alive forever.
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
