// npm run publish -- [--local | --remote] [--content DIR] [--dry-run] [--rollback] [--force-unlock]
//                    [--wait SECONDS | --no-wait] [--persist-to DIR] [--config FILE]
// Validates everything first, then uploads, records in the ledger (D1) and shows in KV, through
// the bindings wrangler's getPlatformProxy() gives (publish/storage.ts).
// ZZRB_LOCK_HOLD_SECONDS sets the lock's lease: how long it outlives a publisher that stopped
// renewing it (default 20; a heartbeat renews it four times per lease while the publisher runs).
// ZZRB_STOP_AFTER_LINE=N makes the publisher stop itself (SIGSTOP) right after its Nth line of
// output: how the tests catch it at a given step, to kill or interrupt it there.
import { writeSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { ContentError, formatProblem } from './compile/problems'
import { holderName, Lock, LockHeld } from './lock'
import { Progress } from './progress'
import { publish, type Run, readContent } from './publish'
import { rollback } from './rollback'
import { openStorage, type Storage } from './storage'

const USAGE = [
  '用法：npm run publish -- [--local | --remote] [--content 文件夹] [--dry-run] [--rollback] [--force-unlock]',
  '                        [--wait 秒数 | --no-wait] [--persist-to 文件夹] [--config 文件]',
].join('\n')
/** Exit code when another publish holds the lock (EX_TEMPFAIL): try again. */
const LOCKED = 75
/** The lock's lease: a publisher killed outright blocks the next one for this long at most. */
const LEASE_SECONDS = 20

let lock: Lock | undefined
let storage: Storage | undefined

const stopAfter = Number(process.env.ZZRB_STOP_AFTER_LINE ?? 0)
let lines = 0
const progress = new Progress(process.stderr.isTTY === true)
/** Each line is written before the next step starts (a synchronous write), so none is lost to a kill. */
function say(line: string): void {
  progress.around(() => writeSync(1, `${line}\n`))
  if (++lines === stopAfter) process.kill(process.pid, 'SIGSTOP')
}

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
  if (values.help) return done(USAGE, 0)
  if (values.local && values.remote) return done(`--local 和 --remote 只能选一个\n${USAGE}`, 2)
  const wait = values['no-wait'] ? 0 : Number(values.wait)
  if (!(wait >= 0)) return done(`--wait 后面要写秒数\n${USAGE}`, 2)
  const hold = Number(process.env.ZZRB_LOCK_HOLD_SECONDS ?? LEASE_SECONDS)
  if (!(hold > 0)) return done('ZZRB_LOCK_HOLD_SECONDS 要写秒数', 2)
  const remote = values.remote === true
  const where = remote
    ? '线上的 KV 和 D1'
    : `本地的 KV 和 D1${values['persist-to'] ? `（${values['persist-to']}）` : ''}`
  // The bindings' runtime starts while the content folder is listed (it yields now and then).
  const opening = openStorage({ remote, persistTo: values['persist-to'], config: values.config })
  opening.then((s) => (storage = s)).catch(() => {})
  const sources = values.rollback || values['force-unlock'] ? undefined : await readContent(values.content)
  storage = await opening
  const db = storage.db
  if (values['force-unlock']) {
    await storage.firstRead(() => Lock.force(db))
    return done(`已解除${where}上的发布锁：请确认没有别的发布正在运行`, 0)
  }
  lock = new Lock(db, holderName(), hold * 1000)
  const run: Run = { storage, lock, now: new Date(), say, progress, wait, dryRun: values['dry-run'] === true }
  const result = sources ? await publish(sources, run) : await rollback(run)
  return done(`${result}（${where}）`, 0)
}

function done(message: string, code: number): number {
  progress.clear()
  ;(code === 0 ? console.log : console.error)(message)
  return code
}

/** Closes the bindings (their local runtime) within a few seconds, and exits. */
async function exit(code: number): Promise<never> {
  await Promise.race([storage?.close().catch(() => {}), new Promise((r) => setTimeout(r, 5_000))])
  process.exit(code)
}

/** Interrupted: the lock is given back so the newsroom is not blocked. */
let interrupted = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true
    console.error(`发布被中断（${signal}）：下一次发布会把这次开始的写完`)
    const released = lock?.release().catch(() => {}) ?? Promise.resolve()
    void Promise.race([released, new Promise((r) => setTimeout(r, 20_000))]).then(() => exit(130))
  })
}

main().then(exit, async (e: unknown) => {
  if (interrupted) return // the signal's handler finishes the run
  if (e instanceof ContentError) {
    console.error(`发布被拒绝，什么都没有写入——内容里有 ${e.problems.length} 处问题：`)
    for (const p of e.problems) console.error(`  ${formatProblem(p)}`)
  } else {
    console.error(`发布失败：${e instanceof Error ? e.message : String(e)}`)
  }
  await lock?.release().catch(() => {})
  await exit(e instanceof LockHeld ? LOCKED : 1)
})
