// Builds the browser code as a release would: the tests use it to ship a new app version or the
// service-worker kill switch, then put the normal build back.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

export async function buildClient(env: { ZZRB_BUILD_LABEL?: string; ZZRB_SW_KILL?: '1' } = {}): Promise<void> {
  // vitest sets NODE_ENV=test, which would give a development build (Preact's debug names and
  // all): the byte budgets and the other tests must see the release build.
  await run('node_modules/.bin/vite', ['build', '--configLoader', 'runner', '--logLevel', 'error'], {
    env: { ...process.env, NODE_ENV: 'production', ZZRB_SW_KILL: '', ...env },
  })
}
