// The search rows of the edition a day shows (docs, docs_fts, titles_fts): replaced whole when KV starts
// showing another version of the day, in the same transaction that records it (project.ts), so
// search and the month's sitemap show what readers see, never a version still waiting for its
// time. Their ids keep the archive in date order (doc-id.ts); their tokens are
// core/search/fts.ts's. A day's articles go in as one JSON parameter per statement (json_each),
// not one statement per article: the publisher's statements each cross to the runtime, and a
// ten-year import has hundreds of thousands of articles.
import type { Edition } from '../model'
import { docsOf } from '../search/docs'
import { ftsTokens } from '../search/fts'
import { docId } from './doc-id'
import { type Statement, sql } from './statement'

/** Keeps each JSON parameter well under D1's 2 MB cap on a value. */
const PARAM_BYTES = 512 * 1024

export const removeDocs = (date: string): Statement[] => [
  sql('DELETE FROM docs_fts WHERE rowid IN (SELECT id FROM docs WHERE date = ?)', date),
  sql('DELETE FROM titles_fts WHERE rowid IN (SELECT id FROM docs WHERE date = ?)', date),
  sql('DELETE FROM docs WHERE date = ?', date),
]

type DocRow = [
  id: number,
  date: string,
  version: string,
  slug: string,
  title: string,
  page: string,
  pageNumber: number,
  corrected: string | null,
  text: string,
  /** The lead photo and the tags, as JSON (null: none). */
  thumb: string | null,
  tags: string | null,
]

const col = (i: number) => `json_extract(value, '$[${i}]')`
const INSERT_DOCS = `INSERT INTO docs (id, date, version, slug, title, page, page_number, corrected, text, thumb, tags)
  SELECT ${[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(col).join(', ')} FROM json_each(?)`
const INSERT_TOKENS = `INSERT INTO docs_fts (rowid, tokens) SELECT ${col(0)}, ${col(1)} FROM json_each(?)`
const INSERT_TITLES = `INSERT INTO titles_fts (rowid, tokens) SELECT ${col(0)}, ${col(1)} FROM json_each(?)`
const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value))

/** The day's rows replaced by the edition's. */
export function docsStatements(edition: Edition): Statement[] {
  const { date, version } = edition.issue
  const rows = docsOf(edition).map((d, i): DocRow => {
    const article = edition.articles[i]!
    const corrected = article.corrections?.at(-1)?.date ?? null
    const tags = article.tags.length > 0 ? json(article.tags) : null
    return [docId(date, i), date, version, d.id, d.title, d.page, article.page, corrected, d.text, json(d.thumb), tags]
  })
  return [
    ...removeDocs(date),
    ...inChunks(rows).map((chunk) => sql(INSERT_DOCS, chunk)),
    ...tokenStatements(rows.map(([id, , , , title, , , , text]) => ({ id, title, text }))),
  ]
}

/** Index rows for documents: their tokens under their ids, in the index of texts and in that of titles. */
export function tokenStatements(docs: { id: number; title: string; text: string }[]): Statement[] {
  const rows = docs.map(({ id, title, text }) => [id, ftsTokens(title, text)])
  const titles = docs.map(({ id, title }) => [id, ftsTokens(title, '')])
  return [
    ...inChunks(rows).map((chunk) => sql(INSERT_TOKENS, chunk)),
    ...inChunks(titles).map((chunk) => sql(INSERT_TITLES, chunk)),
  ]
}

/** Rows as JSON arrays of at most PARAM_BYTES each. */
function inChunks(rows: unknown[]): string[] {
  const chunks: string[] = []
  let chunk: string[] = []
  let bytes = 0
  for (const row of rows) {
    const json = JSON.stringify(row)
    if (chunk.length > 0 && bytes + json.length * 3 > PARAM_BYTES) {
      chunks.push(`[${chunk.join(',')}]`)
      chunk = []
      bytes = 0
    }
    chunk.push(json)
    bytes += json.length * 3
  }
  if (chunk.length > 0) chunks.push(`[${chunk.join(',')}]`)
  return chunks
}
