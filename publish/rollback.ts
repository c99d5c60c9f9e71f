// npm run publish -- --rollback: undoes the last publish whole. Every day it changed shows again
// what it showed before, or goes away if it was new; `latest` follows. Repeat to go further back.
// A publish that died after changing the ledger is completed first (takeLock), then undone.

import { issueKey } from '../core/kv-keys'
import { transact } from '../core/ledger/d1'
import { lastFlashChanges, rollbackFlash } from '../core/ledger/flash'
import { lastChanges, lastPublish } from '../core/ledger/sql'
import type { Edition } from '../core/model'
import { planRollback } from './plan'
import { apply, type Run, takeLock } from './publish'

export async function rollback(run: Run): Promise<string> {
  const reads = { last: lastPublish(), changes: lastChanges(), flash: lastFlashChanges() }
  const {
    last: [last],
    changes,
    flash,
  } = run.dryRun
    ? await run.storage.firstRead(() => transact(run.storage.db, [], reads))
    : (await takeLock(run, reads)).rows
  if (!last || last.standing < 2) {
    await run.lock.release()
    throw new Error('nothing to roll back to: undoing the first publish would take every issue down')
  }
  // The earlier versions whose search rows come back; a day whose version did not change (only
  // its schedule did) needs none.
  const restored = new Map<string, Edition>()
  for (const c of changes) {
    if (!c.before_version || c.before_version === c.after_version) continue
    const edition = await run.storage.kv.get<Edition>(issueKey(c.date, c.before_version), 'json')
    if (edition === null) throw new Error(`${issueKey(c.date, c.before_version)} is missing from KV: cannot restore it`)
    restored.set(c.date, edition)
  }
  const now = run.now.toISOString()
  const days = planRollback(last.id, changes, restored, now)
  const plan = { ...days, ledger: [...rollbackFlash(last.id, flash, now), ...days.ledger] }
  run.say(`undoing publish ${last.id} of ${last.at} by ${last.by}`)
  if (run.dryRun) {
    for (const c of plan.changes) run.say(`would restore ${c.date}: ${c.before} → ${c.version ?? '(taken down)'}`)
    return 'dry run: nothing written'
  }
  const { latest } = await apply(plan, run, true)
  await run.lock.release()
  return `rolled back publish ${last.id}: ${latest ? `latest is ${latest.date}` : 'latest unchanged'}`
}
