// npm run publish -- [--local | --remote] [--content DIR] [--dry-run] [--rollback] [--persist-to DIR]
// Validates everything first; writes versioned keys, editions, search and archive, then `latest`.
import { parseArgs } from 'node:util'
import { compileContent } from './compile/content'
import { ContentError, formatProblem } from './compile/problems'
import { earlierVersionOfUndone, planPublish, planRollback, type Plan } from './plan'
import { ARCHIVE_KEY, type KvEntry, LATEST_KEY, SEARCH_KEY, issueKey } from '../core/kv-keys'
import { kvWrites, liveFrom } from './kv-writes'
import { WranglerKv } from './wrangler-kv'
import type { Archive, Edition, Latest } from '../core/model'
import type { SearchIndex } from '../core/search'

const USAGE =
  'usage: npm run publish -- [--local | --remote] [--content DIR] [--dry-run] [--rollback] [--persist-to DIR]'

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
  const dryRun = values['dry-run'] === true

  // Each read is one wrangler process; they run one at a time, as two opening fresh local state
  // at once can collide.
  if (values.rollback) {
    const archive = await kv.getJson<Archive>(ARCHIVE_KEY)
    const search = await kv.getJson<SearchIndex>(SEARCH_KEY)
    const earlier = earlierVersionOfUndone(archive)
    const back = earlier ? await kv.getJson<Edition>(issueKey(earlier.date, earlier.version)) : null
    const plan = planRollback(archive, search, back ?? undefined)
    const live = await editionFor(kv, plan, back ? [back] : [])
    return apply(kv, plan, live, dryRun, `rolled back ${where} to ${plan.latest?.date} (${plan.latest?.version})`)
  }

  // Everything is validated before anything is read from or written to KV.
  const content = await compileContent(values.content)
  const editions: Edition[] = content.issues.map(({ issue, articles }) => ({ issue, articles }))
  const archive = await kv.getJson<Archive>(ARCHIVE_KEY)
  const latest = await kv.getJson<Latest>(LATEST_KEY)
  const search = await kv.getJson<SearchIndex>(SEARCH_KEY)
  const plan = planPublish(editions, { archive, latest, search }, new Date())
  if (plan.entries.length === 0 && !plan.archive && !plan.latest) {
    return say(
      `nothing to publish: ${where} already holds this content (latest ${latest?.issue.date} ${latest?.issue.version})`,
      0,
    )
  }
  const live = await editionFor(kv, plan, editions)
  return apply(kv, plan, live, dryRun, `published to ${where}: latest is ${plan.latest?.date ?? latest?.issue.date}`)
}

/** The edition `latest` will hold: from the content being published, else its versioned key. */
async function editionFor(kv: WranglerKv, plan: Plan, editions: Edition[]): Promise<Latest | undefined> {
  const ref = plan.latest
  if (!ref) return undefined
  const live = liveFrom(plan, editions)
  if (live) return live
  const edition = await kv.getJson<Edition>(issueKey(ref.date, ref.version))
  if (!edition) throw new Error(`issue ${ref.date} ${ref.version} is missing from KV: publish its content again`)
  return { ...edition, publishedAt: ref.publishedAt }
}

/** What one write is, for the editor: the pointer names its issue, the archive its length. */
function describe({ key, value }: KvEntry, live: Latest | undefined, plan: Plan): string {
  if (key === LATEST_KEY && live) return `${key} → ${live.issue.date} ${live.issue.version}`
  if (key === ARCHIVE_KEY && plan.archive) return `${key} (${plan.archive.issues.length} issues)`
  return `${key} (${Buffer.byteLength(value)} bytes)`
}

/** Carries the plan out, reporting each write once it is done. */
async function apply(kv: WranglerKv, plan: Plan, live: Latest | undefined, dryRun: boolean, done: string) {
  const writes = kvWrites(plan, live)
  if (dryRun) {
    for (const e of [...writes.bulk, ...writes.then]) console.log(`would write ${describe(e, live, plan)}`)
    for (const key of writes.deletes) console.log(`would delete ${key}`)
    return say('dry run: nothing written', 0)
  }
  await kv.bulkPut(writes.bulk)
  for (const e of writes.bulk) console.log(`wrote ${describe(e, live, plan)}`)
  for (const e of writes.then) {
    await kv.put(e.key, e.value)
    console.log(`wrote ${describe(e, live, plan)}`)
  }
  for (const key of writes.deletes) {
    await kv.delete(key)
    console.log(`deleted ${key}`)
  }
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
