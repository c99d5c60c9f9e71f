// npm run publish -- --rollback: undoes the last publish whole. Every day it changed shows again
// what it showed before, or goes away if it was new; `latest` follows. Repeat to go further back.
// A publish that died after changing the ledger is completed first (takeLock), then undone.

import { issueKey } from '../core/kv-keys'
import { transact } from '../core/ledger/d1'
import { lastFlashChanges, rollbackFlash } from '../core/ledger/flash'
import { lastChanges, lastPublish } from '../core/ledger/sql'
import type { Edition } from '../core/model'
import { beijingTime } from './beijing-time'
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
    throw new Error('没有可以撤销的发布：撤销第一次发布会撤下所有各期')
  }
  // The earlier versions whose search rows come back; a day whose version did not change (only
  // its schedule did) needs none.
  const restored = new Map<string, Edition>()
  for (const c of changes) {
    if (!c.before_version || c.before_version === c.after_version) continue
    const edition = await run.storage.kv.get<Edition>(issueKey(c.date, c.before_version), 'json')
    if (edition === null) throw new Error(`KV 里没有 ${issueKey(c.date, c.before_version)}，无法恢复`)
    restored.set(c.date, edition)
  }
  const now = run.now.toISOString()
  const days = planRollback(last.id, changes, restored, now)
  const plan = { ...days, ledger: [...rollbackFlash(last.id, flash, now), ...days.ledger] }
  run.say(`撤销第 ${last.id} 次发布（${beijingTime(last.at)}，${last.by}）`)
  if (run.dryRun) {
    for (const c of plan.changes) run.say(`将恢复 ${c.date}：${c.before} → ${c.version ?? '（撤下）'}`)
    return '试运行：什么都没有写入'
  }
  const { latest } = await apply(plan, run, true)
  await run.lock.release()
  return `已撤销第 ${last.id} 次发布：${latest ? `最新一期：${latest.date}` : '最新一期不变'}`
}
