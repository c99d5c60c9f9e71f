// The search rows of a day's edition in D1: replaced whole when the day changes. Their ids keep
// the archive in date order (core/ledger/doc-id.ts); their tokens are core/search/fts.ts's.
import { docId } from '../core/ledger/doc-id'
import { type Statement, sql } from '../core/ledger/statement'
import type { Edition } from '../core/model'
import { docsOf } from '../core/search/docs'
import { ftsTokens } from '../core/search/fts'

export const removeDocs = (date: string): Statement[] => [
  sql('DELETE FROM docs_fts WHERE rowid IN (SELECT id FROM docs WHERE date = ?)', date),
  sql('DELETE FROM docs WHERE date = ?', date),
]

export function docsStatements(edition: Edition): Statement[] {
  const { date, version } = edition.issue
  return [
    ...removeDocs(date),
    ...docsOf(edition).flatMap((d, i) => {
      const id = docId(date, i)
      const article = edition.articles[i]!
      return [
        sql(
          `INSERT INTO docs (id, date, version, slug, title, page, page_number, corrected, text)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          id,
          date,
          version,
          d.id,
          d.title,
          d.page,
          article.page,
          article.corrections?.at(-1)?.date ?? null,
          d.text,
        ),
        sql('INSERT INTO docs_fts (rowid, tokens) VALUES (?, ?)', id, ftsTokens(d.title, d.text)),
      ]
    }),
  ]
}

/**
 * Merges the search index into one segment. FTS5 adds a segment per transaction and merges them
 * a little at a time; after an import of years it holds many, and every search walks each one.
 * Run once after a bulk import, not on a day's publish (it rewrites the whole index).
 */
export const optimizeSearch = (): Statement => sql("INSERT INTO docs_fts (docs_fts) VALUES ('optimize')")
