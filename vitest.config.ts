import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

// Tests stay off the network: miniflare would otherwise download request.cf data.
process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false'
process.env.WRANGLER_SEND_METRICS ??= 'false'

/** The browser tests that rebuild the app (a new version, the kill switch). */
const LIFECYCLE = 'test/browser/app-lifecycle.test.ts'
/** `npm run test:long`: the same tests at length (test/long.ts). */
const provide = { long: process.env.ZZRB_TEST_LONG === '1' }

/**
 * The files that take longest (most of it waiting: on a cache's expiry, on publishes), started
 * first, so that none is left running alone at the end of a turn; then the rest as vitest orders them.
 */
const LONGEST = [
  'seen-within-a-minute',
  'search-refill',
  'newsroom',
  'publish-checks',
  'publish.test',
  'lease',
  'prints.test',
  'photos.test',
  'background',
  'print.test',
  'new-issue',
]
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = LONGEST.findIndex((name) => f.moduleId.includes(`/${name}`))
      return i < 0 ? LONGEST.length : i
    }
    const sorted = await super.sort(files)
    return sorted
      .map((f, i) => ({ f, i }))
      .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
      .map(({ f }) => f)
  }
}

export default defineConfig({
  test: {
    reporters: ['default', './test/project-times.ts'],
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        // The compiler and the publisher, in Node, driving the real publisher and workerd. Most of
        // their time is spent waiting on those processes, so three files run at once, these and the
        // browser's and the worker's together (vitest would run one at a time on a 2-core
        // machine); projects that share a turn need the same setting.
        test: {
          name: 'node',
          include: ['test/node/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/node/worker-build.setup.ts'],
          // Files share their worker's modules: miniflare and wrangler's bindings load once a
          // worker, not once a file. Each file stops what it started (afterAll).
          isolate: false,
          maxWorkers: 3,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          provide,
        },
      },
      {
        // Real Chromium against wrangler dev, beside the node and worker projects: each file
        // starts its own server on a port of its own, and waits on the network and the browser
        // more than it computes, so it fills the turns the publisher's files leave idle.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          exclude: [LIFECYCLE],
          environment: 'node',
          isolate: false,
          testTimeout: 180_000,
          hookTimeout: 120_000,
          maxWorkers: 3,
          sequence: { groupOrder: 0 },
          provide,
        },
      },
      {
        // Last and alone: the update test rebuilds dist/client, which every other server serves
        // and the byte budgets read.
        test: {
          name: 'lifecycle',
          include: [LIFECYCLE],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 2 },
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
          // Beside the node and browser projects (the same setting, to share their turn).
          maxWorkers: 3,
          globalSetup: ['test/worker/seed.setup.ts'],
          setupFiles: ['test/worker/apply-migrations.ts'],
          provide,
        },
      },
    ],
  },
})
