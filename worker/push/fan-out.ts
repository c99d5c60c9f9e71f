// The cron trigger's part of push (worker/scheduled.ts, after the catch-up that makes 快讯 live):
// each push_jobs row not yet started is marked started, and its item is enqueued once for every
// subscription, a page of 100 (sendBatch's most) at a time, in the order of the subscriptions' ids.
// How far it has come is written after each page (push_fanouts), under a lease: a run cut off is
// taken over by the next, a minute later, from the last page it recorded. A page enqueued twice that
// way is harmless: the consumer sends each item to each subscription at most once (consumer.ts).
import { read, transact } from '../../core/ledger/d1'
import { query, sql } from '../../core/ledger/statement'

/** One message of the Queue: one item for one subscription, by their ids. */
export interface PushMessage {
  item: string
  sub: string
}

/** Subscriptions enqueued per sendBatch: its limit (100 messages, 256 KB; one of ours is about 80 B). */
export const PAGE = 100
/** A run's hold on an item's fan-out; renewed with every page. */
const LEASE_MS = 60_000
/** How long one cron run enqueues before it leaves the rest to the next minute's. */
export const BUDGET_MS = 25_000
/** How long the delivery ledger of a finished fan-out is kept: longer than the Queue keeps a message (4 days). */
const KEEP_MS = 7 * 24 * 3_600_000

const iso = (ms: number) => new Date(ms).toISOString()

/** Enqueues what is due; returns each item it enqueued for, with how many subscriptions. */
export async function fanOut(env: Cloudflare.Env, at: Date): Promise<Array<{ item: string; enqueued: number }>> {
  const now = Date.now()
  const [work] = await read(
    env.DB,
    query<{ due: number }>(
      `SELECT EXISTS (SELECT 1 FROM push_jobs WHERE started_at IS NULL)
           OR EXISTS (SELECT 1 FROM push_fanouts WHERE done_at IS NULL AND held_until < ?) AS due`,
      iso(now),
    ),
  )
  if (!work?.due) return []
  const holder = crypto.randomUUID()
  const { mine } = await transact(
    env.DB,
    [
      sql('INSERT OR IGNORE INTO push_fanouts (item_id) SELECT item_id FROM push_jobs WHERE started_at IS NULL'),
      sql('UPDATE push_jobs SET started_at = ? WHERE started_at IS NULL', at.toISOString()),
      sql(
        'UPDATE push_fanouts SET holder = ?, held_until = ? WHERE done_at IS NULL AND held_until < ?',
        holder,
        iso(now + LEASE_MS),
        iso(now),
      ),
    ],
    {
      mine: query<{ item_id: string; after: string }>(
        'SELECT item_id, after FROM push_fanouts WHERE holder = ? AND done_at IS NULL ORDER BY item_id',
        holder,
      ),
    },
  )
  const report: Array<{ item: string; enqueued: number }> = []
  for (const { item_id: item, after: from } of mine) {
    let after = from
    let enqueued = 0
    for (;;) {
      if (Date.now() - now > BUDGET_MS) {
        // The next minute's run goes on from here.
        await transact(
          env.DB,
          [sql('UPDATE push_fanouts SET held_until = ? WHERE item_id = ? AND holder = ?', '', item, holder)],
          {},
        )
        break
      }
      const page = await read(
        env.DB,
        query<{ id: string }>(
          `SELECT id FROM push_subscriptions
           WHERE id > ? AND (expiration_time IS NULL OR expiration_time > ?) ORDER BY id LIMIT ?`,
          after,
          Date.now(),
          PAGE,
        ),
      )
      if (page.length > 0) {
        await env.PUSH_QUEUE.sendBatch(
          page.map(({ id }) => ({ body: { item, sub: id } satisfies PushMessage, contentType: 'json' as const })),
        )
        enqueued += page.length
        after = page.at(-1)!.id
      }
      const done = page.length < PAGE
      const finished = iso(Date.now())
      const { held } = await transact(
        env.DB,
        [
          sql(
            'UPDATE push_fanouts SET after = ?, held_until = ?, done_at = ? WHERE item_id = ? AND holder = ?',
            after,
            done ? '' : iso(Date.now() + LEASE_MS),
            done ? finished : null,
            item,
            holder,
          ),
          // A finished fan-out's ledger is kept a week, then let go (push_jobs keeps the item pushed).
          ...(done
            ? [
                sql(
                  'DELETE FROM push_deliveries WHERE item_id IN (SELECT item_id FROM push_fanouts WHERE done_at < ?)',
                  iso(Date.now() - KEEP_MS),
                ),
                sql('DELETE FROM push_fanouts WHERE done_at < ?', iso(Date.now() - KEEP_MS)),
              ]
            : []),
        ],
        { held: query<{ holder: string }>('SELECT holder FROM push_fanouts WHERE item_id = ?', item) },
      )
      // Taken over by another run (this one outlived its lease): that run goes on.
      if (done || held[0]?.holder !== holder) break
    }
    report.push({ item, enqueued })
  }
  return report
}
