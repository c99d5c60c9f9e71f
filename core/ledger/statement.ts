// A SQL statement with its parameters: the worker binds them (D1's prepare/bind); the publisher,
// which runs SQL through `wrangler d1 execute`, writes them in as literals (publish/d1.ts).
export type SqlValue = string | number | null

export interface Statement {
  sql: string
  params: SqlValue[]
}

export const sql = (text: string, ...params: SqlValue[]): Statement => ({ sql: text, params })
