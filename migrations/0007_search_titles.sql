-- Search ranks the articles whose title holds every term above the rest (core/search/rank.ts).
-- The worker finds those first, in an index of titles alone, a page at a time as in docs_fts
-- (worker/d1.ts): titles are short, so a query whose words fill the archive's texts reads few
-- title postings. Its tokens are core/search/fts.ts's of the title only.
CREATE VIRTUAL TABLE titles_fts USING fts5 (
  tokens,
  content = '',
  contentless_delete = 1,
  detail = none,
  prefix = '1',
  tokenize = 'ascii'
);

-- A search result and 相关阅读 show the article's lead photo (core/model.ts Photo, as JSON; NULL
-- when it has none); 相关阅读 also weighs the editors' tags (a JSON array), reading a day and the
-- 30 days before it by docs_day. Rows written before this have neither until their day is
-- published again.
ALTER TABLE docs ADD COLUMN thumb TEXT;
ALTER TABLE docs ADD COLUMN tags TEXT;

-- The titles' tokens come from JavaScript: the next publish gives every doc its tokens again,
-- both indexes, newest first, a batch at a time (publish/search-docs.ts).
INSERT OR REPLACE INTO search_refill (id, below) SELECT 1, max(id) + 1 FROM docs HAVING count(*) > 0;
