import { execFileSync } from 'node:child_process';

/** Builds the app once per test run (the e2e global setup calls it). */
export function buildApp() {
  // Vitest's own variables would make vite.config.ts leave out the Remix plugin.
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')),
    ),
    NODE_ENV: 'production',
  };
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env });
}
