import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../support/build';
import { ensureChromium } from '../support/chromium';
import { startServer, type RunningServer } from '../support/server';
import { tmpDir } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromiumPath: string;
    databaseFile: string;
  }
}

let server: RunningServer | undefined;

/** Builds once, starts the production server on its own database, and finds Chromium. */
export default async function setup(project: TestProject) {
  const chromiumPath = ensureChromium();
  if (process.env.E2E_SKIP_BUILD !== '1') buildApp();
  mkdirSync(tmpDir, { recursive: true });
  const databaseFile = resolve(tmpDir, `e2e-${Date.now()}.db`);
  server = await startServer({ databaseFile });
  project.provide('baseURL', server.url);
  project.provide('chromiumPath', chromiumPath);
  project.provide('databaseFile', databaseFile);

  return async () => {
    await server?.stop();
    for (const suffix of ['', '-wal', '-shm']) rmSync(databaseFile + suffix, { force: true });
  };
}
