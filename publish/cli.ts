// npm run publish -- [--local | --remote] [--content DIR] [--dry-run] [--rollback] [--persist-to DIR]
// Validates everything first; writes versioned keys, then the archive, then the latest pointer.
import { parseArgs } from 'node:util'
import { compileContent } from './compile/content'
import { ContentError, formatProblem } from './compile/problems'
import { planPublish, planRollback, type Plan } from './plan'
import { ARCHIVE_KEY, LATEST_KEY } from './kv-keys'
import { WranglerKv } from './wrangler-kv'
import type { Archive, LatestPointer } from './schema'

const USAGE = `usage: npm run publish -- [--local | --remote] [--content DIR] [--dry-run] [--rollback] [--persist-to DIR]`

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      local: { type: 'boolean' },
      remote: { type: 'boolean' },
      content: { type: 'string', default: 'content' },
      'dry-run': { type: 'boolean' },
      rollback: { type: 'boolean' },
      'persist-to': { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean' },
    },
  })
  if (values.help) return say(USAGE, 0)
  if (values.local && values.remote) return say(`--local and --remote cannot both be given\n${USAGE}`, 2)
  const remote = values.remote === true
  const kv = new WranglerKv({
    remote,
    ...(values['persist-to'] ? { persistTo: values['persist-to'] } : {}),
    ...(values.config ? { config: values.config } : {}),
  })
  const where = remote ? 'the remote namespace' : `local KV${values['persist-to'] ? ` (${values['persist-to']})` : ''}`

  if (values.rollback) {
    const plan = planRollback({ archive: await kv.getJson<Archive>(ARCHIVE_KEY) })
    return apply(kv, plan, values['dry-run'] === true, `rolled back ${where} to ${plan.latest?.date} (${plan.latest?.version})`)
  }

  // Everything is validated before anything is read from or written to KV.
  const content = await compileContent(values.content)
  // One wrangler at a time: two processes opening fresh local state at once can collide.
  const archive = await kv.getJson<Archive>(ARCHIVE_KEY)
  const latest = await kv.getJson<LatestPointer>(LATEST_KEY)
  const plan = planPublish(content.issues, { archive, latest }, new Date())
  if (plan.entries.length === 0 && !plan.archive && !plan.latest) {
    return say(`nothing to publish: ${where} already holds this content (latest ${latest?.date} ${latest?.version})`, 0)
  }
  return apply(kv, plan, values['dry-run'] === true, `published to ${where}: latest is ${plan.latest?.date ?? latest?.date}`)
}

async function apply(kv: WranglerKv, plan: Plan, dryRun: boolean, done: string): Promise<number> {
  for (const e of plan.entries) console.log(`${dryRun ? 'would write' : 'write'} ${e.key} (${Buffer.byteLength(e.value)} bytes)`)
  if (plan.archive) console.log(`${dryRun ? 'would write' : 'write'} ${ARCHIVE_KEY} (${plan.archive.issues.length} issues)`)
  if (plan.latest) console.log(`${dryRun ? 'would write' : 'write'} ${LATEST_KEY} → ${plan.latest.date} ${plan.latest.version}`)
  if (dryRun) return say('dry run: nothing written', 0)
  await kv.bulkPut(plan.entries)
  if (plan.archive) await kv.put(ARCHIVE_KEY, JSON.stringify(plan.archive))
  if (plan.latest) await kv.put(LATEST_KEY, JSON.stringify(plan.latest))
  return say(done, 0)
}

function say(message: string, code: number): number {
  ;(code === 0 ? console.log : console.error)(message)
  return code
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof ContentError) {
      console.error(`publish refused, nothing written — ${e.problems.length} problem(s):`)
      for (const p of e.problems) console.error(`  ${formatProblem(p)}`)
    } else {
      console.error(`publish failed: ${e instanceof Error ? e.message : String(e)}`)
    }
    process.exit(1)
  },
)
