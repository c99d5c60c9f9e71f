// Before each worker test file: the ledger's tables (migrations/) in its own D1.
import { type D1Migration, applyD1Migrations } from 'cloudflare:test'
import { env } from 'cloudflare:workers'

const { TEST_MIGRATIONS } = env as unknown as { TEST_MIGRATIONS: D1Migration[] }
await applyD1Migrations(env.DB, TEST_MIGRATIONS)
