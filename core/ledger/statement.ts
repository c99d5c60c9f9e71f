// A SQL statement and its parameters, kept apart: D1 binds them (prepare/bind), so no value is
// ever written into SQL text. A read also names the type of its rows, once, where its SQL is.
export type SqlValue = string | number | null

export interface Statement {
  sql: string
  params: SqlValue[]
}

/** A statement that reads rows of type `Row` (the type is carried for the reader, never at run time). */
export interface Query<Row> extends Statement {
  readonly rows?: Row[]
}

export const sql = (text: string, ...params: SqlValue[]): Statement => ({ sql: text, params })

export const query = <Row>(text: string, ...params: SqlValue[]): Query<Row> => ({ sql: text, params })
