import { randomBytes } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import { createRequestHandler } from '@remix-run/express';
import type { ServerBuild } from '@remix-run/node';
import compression from 'compression';
import express from 'express';
import { EnvError, parseEnv, type Env } from '~/lib/env.server';
import { LARGEST_BODY } from '~/lib/request-body.server';
import { baselineSecurityHeaders } from '~/lib/security-headers.server';
import { refuseOversizedBodies, rejectCrossSiteRequests } from './middleware';
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

/** The address as people type it: brackets around IPv6. */
function hostForUrl(address: string): string {
  return address.includes(':') ? `[${address}]` : address;
}

const LISTEN_FAULTS: Record<string, (env: Env) => string> = {
  EADDRINUSE: (env) =>
    `Port ${env.PORT} on ${env.HOST} is already in use: stop the other server, or set PORT to a free port.`,
  EACCES: (env) =>
    `Port ${env.PORT} on ${env.HOST} needs more privileges: use a port above 1023 (PORT=3000).`,
  EADDRNOTAVAIL: (env) =>
    `HOST=${env.HOST} is not an address of this machine: use 127.0.0.1, 0.0.0.0 or one of its addresses.`,
};

/**
 * Binds the port before anything else runs, so that a busy port is a one-line message and not a
 * stack trace after migrating. Until `serve` is given the app, every request gets a 503.
 */
function bind(env: Env): Promise<{ server: Server; serve(handler: RequestListener): void }> {
  let handler: RequestListener = (_req, res) => {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5' });
    res.end('The platform is starting. Try again in a few seconds.');
  };
  const server = createServer((req, res) => handler(req, res));
  return new Promise((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const fault = error.code ? LISTEN_FAULTS[error.code] : undefined;
      console.error(
        fault ? fault(env) : `Cannot listen on ${env.HOST}:${env.PORT}: ${error.message}`,
      );
      process.exit(1);
    });
    server.listen(env.PORT, env.HOST, () => resolve({ server, serve: (next) => (handler = next) }));
  });
}

async function main() {
  const env = readEnv();
  const development = env.NODE_ENV === 'development';
  const { server, serve } = await bind(env);
  const startup = await prepare(env);
  const { build, vite } = await loadBuild(development);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', env.TRUST_PROXY);
  app.use(refuseOversizedBodies(LARGEST_BODY));
  app.use(compression());

  const securityHeaders = baselineSecurityHeaders({ https: env.publicUrl.startsWith('https:') });
  app.use((_req, res, next) => {
    res.set(securityHeaders);
    res.locals.cspNonce = randomBytes(16).toString('base64');
    res.locals.startedAt = performance.now();
    next();
  });
  app.use(rejectCrossSiteRequests({ publicUrl: env.publicUrl }));

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
  serve(app);

  const address = server.address();
  const bound =
    typeof address === 'object' && address
      ? `http://${hostForUrl(address.address)}:${address.port}`
      : `${env.HOST}:${env.PORT}`;
  console.log(`Listening on ${bound} (${env.APP_MODE} mode, database ${env.databaseFile})`);
  console.log(
    `Open ${env.publicUrl}${env.PUBLIC_URL ? '' : ' (set PUBLIC_URL for links in e-mails)'}`,
  );
  for (const line of startup.messages) console.log(line);

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
