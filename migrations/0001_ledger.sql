-- The publish ledger: what each day shows, every publish and what it changed, and the lock that
-- lets one publish run at a time. KV holds what readers read; this says what it should hold.

-- Every edition ever uploaded; its JSON is in KV under issue/<date>/<version>.
CREATE TABLE editions (
  date TEXT NOT NULL,
  version TEXT NOT NULL,
  lead TEXT NOT NULL,
  articles INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  uploaded_at TEXT NOT NULL,
  PRIMARY KEY (date, version)
) WITHOUT ROWID;

-- What each day shows. `version` is what the newsroom published last (NULL: taken down by a
-- rollback), `live_version` what readers see now; they differ until KV has caught up, which
-- happens at publish_at (06:00 Beijing time on the day, or when the editors scheduled it).
CREATE TABLE days (
  date TEXT PRIMARY KEY,
  version TEXT,
  source TEXT,
  publish_at TEXT NOT NULL,
  live_version TEXT,
  live_at TEXT,
  modified_at TEXT
) WITHOUT ROWID;

-- The days KV has not caught up with: what the cron trigger and every publish look at.
CREATE INDEX days_pending ON days (publish_at) WHERE live_version IS NOT version;

-- Every publish, and each day it changed: a rollback undoes the last publish not yet undone.
CREATE TABLE publishes (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  by TEXT NOT NULL,
  undone_at TEXT
);

CREATE TABLE changes (
  publish INTEGER NOT NULL REFERENCES publishes (id),
  date TEXT NOT NULL,
  before_version TEXT,
  before_source TEXT,
  before_publish_at TEXT,
  after_version TEXT,
  PRIMARY KEY (publish, date)
) WITHOUT ROWID;

-- One publish at a time, across machines: whoever holds this row until it expires.
CREATE TABLE lock (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  holder TEXT NOT NULL,
  since TEXT NOT NULL,
  expires TEXT NOT NULL
);

-- A write batch starts by inserting its holder here, which fails (and rolls the whole batch
-- back) unless that holder has the lock: a publish whose lock expired cannot write.
CREATE TABLE lock_guard (holder TEXT NOT NULL);
