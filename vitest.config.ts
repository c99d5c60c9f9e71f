import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

// Tests stay off the network: miniflare would otherwise download request.cf data.
process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false'
process.env.WRANGLER_SEND_METRICS ??= 'false'

/** `npm run test:long`: the same tests at length (test/long.ts). */
const provide = { long: process.env.ZZRB_TEST_LONG === '1' }

export default defineConfig({
  test: {
    reporters: ['default', './test/project-times.ts'],
    projects: [
      {
        // The compiler and the publisher, in Node, driving the real wrangler and workerd.
        test: {
          name: 'node',
          include: ['test/node/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          provide,
        },
      },
      {
        // Real Chromium against wrangler dev; one file at a time (each starts its own server).
        // Last, after the other projects: the update test rebuilds dist/client, which the load
        // test serves and the byte budgets read.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          provide,
        },
      },
      {
        // The worker inside workerd, on the local KV and D1 simulators, seeded with the compiled content.
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { bindings: { TEST_MIGRATIONS: await readD1Migrations('migrations') } },
          })),
        ],
        test: {
          name: 'worker',
          include: ['test/worker/**/*.test.ts'],
          globalSetup: ['test/worker/seed.setup.ts'],
          setupFiles: ['test/worker/apply-migrations.ts'],
          provide,
        },
      },
    ],
  },
})
