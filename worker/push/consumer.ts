// The Queue's consumer (the worker's `queue` handler): each message is one item for one
// subscription. A batch is claimed in one D1 statement before anything is sent: a row per item and
// subscription (push_deliveries), inserted, or taken back from `retry`; a message whose row exists
// otherwise was sent already, or is being sent, and is acked unsent. So each item reaches each
// subscription at most once, however often the cron trigger enqueued it or the Queue delivers it.
// Then the pushes go out, and one more batch records what the push services said:
//   2xx        sent
//   404, 410   the subscription is deleted (expired or withdrawn in the browser)
//   429, 5xx   retried by the Queue, after the push service's Retry-After or 2, 4, 8… s
//   other      refused: logged, acked, never sent again
import { transact } from '../../core/ledger/d1'
import { query, sql } from '../../core/ledger/statement'
import type { PushMessage } from './fan-out'
import { backoffSeconds, type Outcome, sendPush, vapidOf } from './send'

interface Row {
  subscription: { id: string; endpoint: string; p256dh: string; auth: string; expiration_time: number | null }
  item: { item_id: string; title: string; body: string; url: string }
}

const keyOf = (m: PushMessage) => `${m.item}\n${m.sub}`

const isPushMessage = (body: unknown): body is PushMessage =>
  typeof body === 'object' &&
  body !== null &&
  typeof (body as PushMessage).item === 'string' &&
  typeof (body as PushMessage).sub === 'string'

/** How long messages wait when push is not configured (no VAPID keys): retried, not lost. */
const UNCONFIGURED_DELAY_S = 300

export const queue: ExportedHandlerQueueHandler<Cloudflare.Env, unknown> = async (batch, env) => {
  const vapid = vapidOf(env)
  if (!vapid) {
    console.error('push: VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY or VAPID_SUBJECT is not set; nothing is sent')
    batch.retryAll({ delaySeconds: UNCONFIGURED_DELAY_S })
    return
  }
  const messages: Array<Message<PushMessage>> = []
  for (const m of batch.messages) {
    if (isPushMessage(m.body)) messages.push(m as Message<PushMessage>)
    else m.ack()
  }
  if (messages.length === 0) return

  const at = new Date().toISOString()
  const wanted = JSON.stringify(messages.map(({ body }) => ({ item: body.item, sub: body.sub })))
  const rows = await transact(env.DB, [], {
    // Only for subscriptions and items that still exist (a reader who unsubscribed since is skipped).
    claimed: query<{ item_id: string; subscription_id: string }>(
      `INSERT INTO push_deliveries (item_id, subscription_id, status, at)
       SELECT j.item_id, s.id, 'sending', ?1
       FROM json_each(?2) AS m
       JOIN push_subscriptions AS s ON s.id = json_extract(m.value, '$.sub')
       JOIN push_jobs AS j ON j.item_id = json_extract(m.value, '$.item')
       WHERE true
       ON CONFLICT (item_id, subscription_id) DO UPDATE SET status = 'sending', code = NULL, at = excluded.at
         WHERE push_deliveries.status = 'retry'
       RETURNING item_id, subscription_id`,
      at,
      wanted,
    ),
    subscriptions: query<Row['subscription']>(
      `SELECT id, endpoint, p256dh, auth, expiration_time FROM push_subscriptions
       WHERE id IN (SELECT json_extract(value, '$.sub') FROM json_each(?))`,
      wanted,
    ),
    items: query<Row['item']>(
      `SELECT item_id, title, body, url FROM push_jobs
       WHERE item_id IN (SELECT json_extract(value, '$.item') FROM json_each(?))`,
      wanted,
    ),
  })
  const claimed = new Set(rows.claimed.map((r) => keyOf({ item: r.item_id, sub: r.subscription_id })))
  const subscriptions = new Map(rows.subscriptions.map((s) => [s.id, s]))
  const items = new Map(rows.items.map((i) => [i.item_id, i]))

  const sent = await Promise.all(
    messages.map(async (message): Promise<{ message: Message<PushMessage>; outcome?: Outcome }> => {
      const key = keyOf(message.body)
      const subscription = subscriptions.get(message.body.sub)
      const item = items.get(message.body.item)
      // Not ours to send: sent or being sent already, or its subscription or item is gone.
      if (!claimed.delete(key) || !subscription || !item) return { message }
      const outcome = await sendPush(
        env,
        vapid,
        {
          endpoint: subscription.endpoint,
          expirationTime: subscription.expiration_time,
          keys: { p256dh: subscription.p256dh, auth: subscription.auth },
        },
        { id: item.item_id, title: item.title, body: item.body, url: item.url },
      )
      if (outcome.kind === 'refused')
        console.warn(
          `push: ${item.item_id} refused by ${new URL(subscription.endpoint).host} (${outcome.code ?? 'endpoint not allowed'}); not sent again`,
        )
      return { message, outcome }
    }),
  )

  const answered = sent.filter((s): s is { message: Message<PushMessage>; outcome: Outcome } => !!s.outcome)
  const outcomes = answered.map(({ message, outcome }) => ({
    item: message.body.item,
    sub: message.body.sub,
    status: outcome.kind,
    code: outcome.code,
  }))
  // 404 and 410 say the subscription is no more; an endpoint no longer allowed is never asked again.
  const gone = answered.filter(
    ({ outcome }) => outcome.kind === 'gone' || (outcome.kind === 'refused' && outcome.code === null),
  )
  await transact(
    env.DB,
    [
      sql(
        `UPDATE push_deliveries SET status = json_extract(o.value, '$.status'), code = json_extract(o.value, '$.code'), at = ?1
         FROM json_each(?2) AS o
         WHERE push_deliveries.item_id = json_extract(o.value, '$.item')
           AND push_deliveries.subscription_id = json_extract(o.value, '$.sub')`,
        new Date().toISOString(),
        JSON.stringify(outcomes),
      ),
      sql(
        'DELETE FROM push_subscriptions WHERE id IN (SELECT value FROM json_each(?))',
        JSON.stringify(gone.map(({ message }) => message.body.sub)),
      ),
    ],
    {},
  )
  for (const { message, outcome } of sent) {
    if (outcome?.kind === 'retry') message.retry({ delaySeconds: backoffSeconds(message.attempts, outcome.retryAfter) })
    else message.ack()
  }
}
