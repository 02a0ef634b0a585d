import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export interface RunningServer {
  url: string;
  port: number;
  process: ChildProcess;
  /** Everything the server printed so far, stdout and stderr interleaved. */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with code ${child.exitCode}:\n${log()}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The server did not become healthy in 30 s:\n${log()}`);
}

/** Starts the built production server (build/server.js) on a free loopback port. */
export async function startServer({
  databaseFile,
  env = {},
  port,
}: {
  databaseFile: string;
  env?: Record<string, string>;
  port?: number;
}): Promise<RunningServer> {
  const chosenPort = port ?? (await freePort());
  let log = '';
  const child = spawn(process.execPath, ['build/server.js'], {
    cwd: resolve('.'),
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      APP_MODE: 'demo',
      SESSION_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
      HOST: '127.0.0.1',
      PORT: String(chosenPort),
      DATABASE_URL: databaseFile,
      // A run may point at other content (QUESTIONNAIRES_DIR=… npm run test:e2e).
      ...(process.env.QUESTIONNAIRES_DIR
        ? { QUESTIONNAIRES_DIR: process.env.QUESTIONNAIRES_DIR }
        : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${chosenPort}`;
  await waitForHealth(url, child, () => log);
  return {
    url,
    port: chosenPort,
    process: child,
    output: () => log,
    stop(signal = 'SIGTERM') {
      return new Promise((resolveStop) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolveStop(child.exitCode);
          return;
        }
        child.once('exit', (code) => resolveStop(code));
        child.kill(signal);
      });
    },
  };
}
