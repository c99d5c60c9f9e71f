-- 快讯 (content/flash/<id>.md) in the ledger, as days are: every version ever published, what each
-- item shows (`version`: what the newsroom published last, NULL once retracted; `live_version`:
-- what readers see), and what each publish changed, for --rollback.

CREATE TABLE flash_versions (
  id TEXT NOT NULL,
  version TEXT NOT NULL,
  -- The item as its file says it, without its time (that is the flash row's).
  json TEXT NOT NULL,
  PRIMARY KEY (id, version)
) WITHOUT ROWID;

CREATE TABLE flash (
  id TEXT PRIMARY KEY,
  version TEXT,
  -- When `version` goes live (ISO, UTC): the file's time, or when it was published.
  time TEXT NOT NULL,
  live_version TEXT,
  live_time TEXT,
  live_at TEXT
) WITHOUT ROWID;

-- The items KV has not caught up with: what the cron trigger and every publish look at.
CREATE INDEX flash_pending ON flash (time) WHERE live_version IS NOT version;

CREATE TABLE flash_changes (
  publish INTEGER NOT NULL REFERENCES publishes (id),
  id TEXT NOT NULL,
  before_version TEXT,
  before_time TEXT,
  after_version TEXT,
  PRIMARY KEY (publish, id)
) WITHOUT ROWID;
