// Builds the browser code as a release would: the tests use it to ship a new app version or the
// service-worker kill switch, then put the normal build back.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

export async function buildClient(env: { ZZRB_BUILD_LABEL?: string; ZZRB_SW_KILL?: '1' } = {}): Promise<void> {
  await run('node_modules/.bin/vite', ['build', '--logLevel', 'error'], { env: { ...process.env, ZZRB_SW_KILL: '', ...env } })
}
