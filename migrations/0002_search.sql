-- Full-text search over every article of every live day. Chinese has no spaces, so the
-- publisher turns text into tokens (Han bigrams, the last character of each Han run, and other
-- words whole: core/search/fts.ts) and FTS5 indexes those. A doc's id orders the archive newest
-- first (core/ledger/doc-id.ts), so a search reads only as many rows as it shows. A query's
-- lone Han character is a prefix ("月"* finds 月 and every bigram 月X); the index of one-character
-- prefixes answers it in one lookup instead of merging every such bigram's list (5 ms → 0.8 ms
-- over three years of issues, for an index 1.7 times the size).
-- Also what the month's sitemap lists: every article, its 版面, and its last correction.
CREATE TABLE docs (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  version TEXT NOT NULL,
  slug TEXT NOT NULL,
  title TEXT NOT NULL,
  page TEXT NOT NULL,
  page_number INTEGER NOT NULL,
  corrected TEXT,
  text TEXT NOT NULL
);

CREATE INDEX docs_day ON docs (date);

CREATE VIRTUAL TABLE docs_fts USING fts5 (
  tokens,
  content = '',
  contentless_delete = 1,
  detail = none,
  prefix = '1',
  tokenize = 'unicode61 remove_diacritics 0'
);
