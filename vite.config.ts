import { vitePlugin as remix } from '@remix-run/dev';
import { defineConfig } from 'vite';
import tsconfigPaths from 'vite-tsconfig-paths';

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true;
  }
}

// Vitest loads this same file; the Remix plugin only belongs to the app build.
const isVitest = process.env.VITEST !== undefined;

export default defineConfig({
  server: { port: 3000 },
  build: { target: 'es2022', cssMinify: true },
  // Native modules stay out of Vite's dependency optimiser and SSR bundle.
  optimizeDeps: { exclude: ['@node-rs/argon2', 'better-sqlite3'] },
  ssr: { external: ['@node-rs/argon2', 'better-sqlite3'] },
  plugins: [
    !isVitest &&
      remix({
        ignoredRouteFiles: ['**/*.test.*'],
        future: {
          v3_fetcherPersist: true,
          v3_relativeSplatPath: true,
          v3_throwAbortReason: true,
          v3_lazyRouteDiscovery: true,
          v3_singleFetch: true,
          v3_routeConfig: true,
        },
      }),
    tsconfigPaths(),
  ],
  test: {
    // The JSON report feeds the one-line summary that .ci/run prints.
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup/fail-on-console-error.ts'],
          // Timeouts only end hangs; they never judge speed. The heaviest unit tests (reading
          // every shipped questionnaire, 10,000-deep files) do a second or less of fixed work.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/integration-global-setup.ts'],
          setupFiles: ['tests/setup/fail-on-console-error.ts', 'tests/setup/worker-database.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/e2e-global-setup.ts'],
          // One browser and one server: files run one after another.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          // Hang guards, far above the fixed work of a test (most take under 10 s on an idle
          // 2-core machine; longer journeys set their own). One step (a Playwright wait, an
          // expect.poll) may take 30 s before it fails with what it was waiting for.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
