-- Web Push (快讯提醒): who asked for pushes, what is to be pushed, and what was sent to whom.
-- publish → push_jobs → the cron trigger (worker/push/fan-out.ts) → the Queue → its consumer
-- (worker/push/consumer.ts) → the reader's push service.

-- One row per 快讯 with `push: true`, written by the transaction that first makes the item live
-- (INSERT OR IGNORE: an item is never pushed twice, whatever is published again). `url` is the
-- item's own page, /news/<id>. `started_at`: when a cron run took it for fan-out. Rows are kept:
-- an item id once pushed stays pushed.
CREATE TABLE push_jobs (
  item_id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  url TEXT NOT NULL,
  created_at TEXT NOT NULL,
  started_at TEXT
);

CREATE INDEX push_jobs_waiting ON push_jobs (item_id) WHERE started_at IS NULL;

-- How far each item's fan-out has come: the subscriptions are enqueued in the order of their ids,
-- `after` the last one enqueued, by the cron run that holds it (`holder`, until `held_until`). A
-- run that dies is taken over by a later one, which goes on from `after`.
CREATE TABLE push_fanouts (
  item_id TEXT PRIMARY KEY,
  after TEXT NOT NULL DEFAULT '',
  holder TEXT NOT NULL DEFAULT '',
  held_until TEXT NOT NULL DEFAULT '',
  done_at TEXT
) WITHOUT ROWID;

-- A PushSubscription as the reader's browser gave it. `id` is a hash of the endpoint
-- (worker/push/subscriptions.ts): one row per endpoint, which the same browser posting again
-- refreshes.
-- `expiration_time`: the browser's, in ms since the epoch, or NULL.
CREATE TABLE push_subscriptions (
  id TEXT PRIMARY KEY,
  endpoint TEXT NOT NULL,
  p256dh TEXT NOT NULL,
  auth TEXT NOT NULL,
  expiration_time INTEGER,
  created_at TEXT NOT NULL
) WITHOUT ROWID;

-- One row per item and subscription, written before the push is sent: at most once each, however
-- often the cron trigger runs or a message comes again. `status`: sending, then sent, gone (404 or
-- 410: the subscription was deleted), refused (another 4xx, or an endpoint no longer allowed) or
-- retry (429, 5xx or no answer: the Queue sends the message again, and only then may it be sent
-- again). `code`: the push service's HTTP status.
CREATE TABLE push_deliveries (
  item_id TEXT NOT NULL,
  subscription_id TEXT NOT NULL,
  status TEXT NOT NULL,
  code INTEGER,
  at TEXT NOT NULL,
  PRIMARY KEY (item_id, subscription_id)
) WITHOUT ROWID;

-- New subscriptions in the last hour, by a keyed hash of the address they came from (never the
-- address itself): the cap per address (worker/push/subscriptions.ts).
CREATE TABLE push_signups (
  ip_hash TEXT NOT NULL,
  at TEXT NOT NULL
);

CREATE INDEX push_signups_by_ip ON push_signups (ip_hash, at);
CREATE INDEX push_signups_by_time ON push_signups (at);
