// KV writes in the order readers depend on: a day's page before the month that lists it, the
// months before the index, `latest` last; a 快讯's own page before the list that links to it.
// Within a step the writes go out together.
import { ARCHIVE_INDEX_KEY, type KvOp, LATEST_KEY, NEWS_KEY } from '../kv-keys'

const STEPS = [
  (key: string) => key.startsWith('edition/') || key.startsWith('issue/') || key.startsWith('news/item/'),
  (key: string) => key.startsWith('archive/') && key !== ARCHIVE_INDEX_KEY,
  (key: string) => key === ARCHIVE_INDEX_KEY,
  (key: string) => key === LATEST_KEY || key === NEWS_KEY,
]
/** Writes at once per step: enough to fill the link, few enough for the runtime's open connections. */
const AT_ONCE = 16

/**
 * Carries the ops out step by step; `done` is told of each once it is written. `before` runs
 * before each write and may refuse it by throwing (the publisher's lease check).
 */
export async function writeInOrder(
  kv: KVNamespace,
  ops: KvOp[],
  done: (op: KvOp) => void,
  before: () => void = () => {},
): Promise<void> {
  const stepOf = (key: string) => STEPS.findIndex((inStep) => inStep(key))
  const unknown = ops.find((op) => stepOf(op.key) < 0)
  if (unknown) throw new Error(`KV 键 ${unknown.key} 不在写入顺序里（程序错误）`)
  for (let step = 0; step < STEPS.length; step++) {
    await inParallel(
      ops.filter((op) => stepOf(op.key) === step),
      async (op) => {
        before()
        if ('delete' in op) await kv.delete(op.key)
        else await kv.put(op.key, op.value, op.metadata ? { metadata: op.metadata } : {})
        done(op)
      },
    )
  }
}

/** Runs `task` over `items`, AT_ONCE at a time. */
export async function inParallel<T>(items: T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await task(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, items.length) }, worker))
}
