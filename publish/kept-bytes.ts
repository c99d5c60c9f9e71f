// What keeping each edition costs a phone in images (core/offline/kept-size.ts), measured from R2
// once its photos and printed pages are there, and recorded beside the edition in the ledger: 往期
// shows it on 下载本期.
import { type Statement, sql } from '../core/ledger/statement'
import type { Edition } from '../core/model'
import { keptImageBytes } from '../core/offline/kept-size'

/** One statement per edition at hand (JSON by "date/version"): its kept images' bytes. */
export async function keptBytesStatements(editions: Map<string, string>, r2: R2Bucket): Promise<Statement[]> {
  const statements: Statement[] = []
  for (const json of editions.values()) {
    const edition = JSON.parse(json) as Edition
    // An address /photos/<key> is its R2 key.
    const bytes = await keptImageBytes(edition, async (url) => (await r2.head(url.slice('/photos/'.length)))?.size)
    const { date, version } = edition.issue
    statements.push(sql('UPDATE editions SET photo_bytes = ? WHERE date = ? AND version = ?', bytes, date, version))
  }
  return statements
}
