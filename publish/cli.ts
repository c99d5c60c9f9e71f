// npm run publish -- [--local | --remote] [--content DIR] [--dry-run] [--rollback] [--force-unlock]
//                    [--wait SECONDS | --no-wait] [--persist-to DIR] [--config FILE]
// Validates everything first, then uploads, records in the ledger (D1) and shows in KV.
// ZZRB_LOCK_HOLD_SECONDS sets how long the lock outlives a publisher that died (default 600).
import { parseArgs } from 'node:util'
import { ContentError, formatProblem } from './compile/problems'
import { WranglerD1 } from './d1'
import { holderName, Lock, LockHeld } from './lock'
import { publish, type Run } from './publish'
import { rollback } from './rollback'
import { removeScratch } from './scratch'
import type { Target } from './wrangler'
import { WranglerKv } from './wrangler-kv'
import { WranglerR2 } from './wrangler-r2'

const USAGE = [
  'usage: npm run publish -- [--local | --remote] [--content DIR] [--dry-run] [--rollback] [--force-unlock]',
  '                          [--wait SECONDS | --no-wait] [--persist-to DIR] [--config FILE]',
].join('\n')
/** Exit code when another publish holds the lock (EX_TEMPFAIL): try again. */
const LOCKED = 75

let lock: Lock | undefined

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      local: { type: 'boolean' },
      remote: { type: 'boolean' },
      content: { type: 'string', default: 'content' },
      'dry-run': { type: 'boolean' },
      rollback: { type: 'boolean' },
      'force-unlock': { type: 'boolean' },
      wait: { type: 'string', default: '600' },
      'no-wait': { type: 'boolean' },
      'persist-to': { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean' },
    },
  })
  if (values.help) return say(USAGE, 0)
  if (values.local && values.remote) return say(`--local and --remote cannot both be given\n${USAGE}`, 2)
  const wait = values['no-wait'] ? 0 : Number(values.wait)
  if (!(wait >= 0)) return say(`--wait takes a number of seconds\n${USAGE}`, 2)
  const target: Target = { remote: values.remote === true, persistTo: values['persist-to'], config: values.config }
  const where = target.remote
    ? 'the remote KV and D1'
    : `local KV and D1${target.persistTo ? ` (${target.persistTo})` : ''}`
  const d1 = new WranglerD1(target)
  if (values['force-unlock']) {
    await Lock.force(d1)
    return say(`broke the publish lock on ${where}: make sure no other publish is running`, 0)
  }
  const hold = Number(process.env.ZZRB_LOCK_HOLD_SECONDS ?? 600)
  if (!(hold > 0)) return say('ZZRB_LOCK_HOLD_SECONDS takes a number of seconds', 2)
  lock = new Lock(d1, holderName(), hold * 1000)
  const run: Run = {
    kv: new WranglerKv(target),
    d1,
    r2: new WranglerR2(target),
    lock,
    now: new Date(),
    say: (line) => console.log(line),
    wait,
    dryRun: values['dry-run'] === true,
  }
  const done = values.rollback ? await rollback(run) : await publish(values.content, run)
  return say(`${done} (${where})`, 0)
}

function say(message: string, code: number): number {
  ;(code === 0 ? console.log : console.error)(message)
  return code
}

/** Interrupted: the lock is given back so the newsroom is not blocked, and the temporary files go. */
let interrupted = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true
    console.error(`publish interrupted (${signal}): the next publish completes what this one began`)
    const released = lock?.release().catch(() => {}) ?? Promise.resolve()
    void Promise.race([released, new Promise((r) => setTimeout(r, 20_000))]).then(() => {
      removeScratch()
      process.exit(130)
    })
  })
}

main().then(
  (code) => process.exit(code),
  async (e: unknown) => {
    if (interrupted) return // the signal's handler finishes the run

    if (e instanceof ContentError) {
      console.error(`publish refused, nothing written — ${e.problems.length} problem(s):`)
      for (const p of e.problems) console.error(`  ${formatProblem(p)}`)
    } else {
      console.error(`publish failed: ${e instanceof Error ? e.message : String(e)}`)
    }
    await lock?.release().catch(() => {})
    process.exit(e instanceof LockHeld ? LOCKED : 1)
  },
)
