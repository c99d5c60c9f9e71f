// npm run publish -- --rollback: undoes the last publish whole. Every day it changed shows again
// what it showed before, or goes away if it was new; `latest` follows. Repeat to go further back.
import { issueKey } from '../core/kv-keys'
import { allDays, type ChangeRow, type DayState, lastPublish } from '../core/ledger/sql'
import type { Edition } from '../core/model'
import { planRollback } from './plan'
import { apply, dueFrom, type Run } from './publish'

export async function rollback(run: Run): Promise<string> {
  const reads = [...lastPublish(), allDays()]
  const [[last] = [], changes = [], days = []] = run.dryRun
    ? await run.d1.batch(reads)
    : await run.lock.take(reads, run.wait, run.say)
  if (!last || Number(last.standing) < 2) {
    await run.lock.release()
    throw new Error('nothing to roll back to: undoing the first publish would take every issue down')
  }
  const id = Number(last.id)
  const restored = new Map<string, Edition>()
  for (const c of changes as unknown as ChangeRow[]) {
    if (!c.before_version || c.before_version === c.after_version) continue
    const text = await run.kv.getText(issueKey(c.date, c.before_version))
    if (text === null) throw new Error(`${issueKey(c.date, c.before_version)} is missing from KV: cannot restore it`)
    restored.set(c.date, JSON.parse(text) as Edition)
  }
  const now = run.now.toISOString()
  const plan = planRollback(id, changes as unknown as ChangeRow[], restored, now)
  run.say(`undoing publish ${id} of ${last.at} by ${last.by}`)
  if (run.dryRun) {
    for (const c of plan.changes) run.say(`would restore ${c.date}: ${c.before} → ${c.version ?? '(taken down)'}`)
    return 'dry run: nothing written'
  }
  const live = await apply(plan, dueFrom(days as unknown as DayState[], now), run, true)
  await run.lock.release()
  return `rolled back publish ${id}: ${live ? `latest is ${live}` : 'latest unchanged'}`
}
