// The worker's own D1 reads besides search (search-archive.ts): the articles of a month for its
// sitemap (the cron trigger's are the ledger's, core/ledger/). Search and sitemaps
// find only what is live: a day counts once KV shows it (days.live_version). A statement D1
// refuses is a StorageFault.
import { read } from '../core/ledger/d1'
import { query } from '../core/ledger/statement'
import { fromStore } from './storage-fault'
import type { MonthArticle } from './xml/sitemap'

/** Every live article of a month, for its sitemap, newest issue first. */
export async function monthArticles(db: D1Database, month: string): Promise<MonthArticle[]> {
  const q = query<MonthArticle>(
    `SELECT d.date, d.slug, d.page_number, d.corrected, coalesce(y.modified_at, y.live_at) AS modified FROM docs d
    JOIN days y ON y.date = d.date AND y.live_version = d.version
    WHERE d.date >= ? AND d.date < ? ORDER BY d.id DESC`,
    `${month}-01`,
    `${month}-32`,
  )
  return fromStore('D1', `sitemap ${month}`, () => read(db, q))
}
