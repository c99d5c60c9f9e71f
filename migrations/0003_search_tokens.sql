-- The search index again, with FTS5's ascii tokenizer: every non-ASCII character is a token
-- character, and only ASCII characters other than letters and digits separate tokens. The
-- publisher's tokens (core/search/fts.ts) hold letters, digits and marks only, so each stays one
-- token whatever its script, and a quoted query token is never a phrase (which detail = none
-- cannot answer). unicode61 split them at combining marks and at letters newer than its tables.
DROP TABLE docs_fts;

CREATE VIRTUAL TABLE docs_fts USING fts5 (
  tokens,
  content = '',
  contentless_delete = 1,
  detail = none,
  prefix = '1',
  tokenize = 'ascii'
);

-- The tokens come from JavaScript, so SQL cannot refill the new index: the next publish does,
-- from `docs`, newest first, a batch at a time (publish/search-docs.ts). `below`: the docs
-- whose ids are below it still have no tokens. The row goes once all have them.
CREATE TABLE search_refill (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  below INTEGER NOT NULL
);

INSERT INTO search_refill (id, below) SELECT 1, max(id) + 1 FROM docs HAVING count(*) > 0;
