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

/**
 * Waits until the server says it listens, or exits, then checks its health once. No clock: a
 * first start migrates, registers the questionnaires and seeds the demo, which takes as long as
 * the machine needs; a start that hangs is ended by the timeout of the test or hook around it.
 */
async function waitForHealth(url: string, child: ChildProcess, log: () => string) {
  await new Promise<void>((resolveListening, reject) => {
    // 'close' comes after the last output, so the log is whole.
    const exited = (code: number | null, signal: string | null) =>
      reject(new Error(`The server exited with code ${code ?? signal}:\n${log()}`));
    const listening = () => {
      if (!log().includes('Listening on ')) return;
      child.off('close', exited);
      child.stdout?.off('data', listening);
      resolveListening();
    };
    child.once('close', exited);
    child.stdout?.on('data', listening);
    listening();
  });
  const response = await fetch(`${url}/healthz`);
  if (!response.ok) throw new Error(`The server is not healthy (${response.status}):\n${log()}`);
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
        // 'close' comes after the last output: output() is whole once this resolves.
        child.once('close', (code) => resolveStop(code));
        child.kill(signal);
      });
    },
  };
}
