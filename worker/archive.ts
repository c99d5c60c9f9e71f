// 往期: the archive by year, month and day. Each page costs one KV read and stays small however
// many years the archive holds; "jump to a date" is a plain form.
import { Hono } from 'hono'
import { isDate, isMonth } from '../core/rules'
import { urls } from '../core/urls'
import { readArchiveIndex, readArchiveMonth } from './kv'
import { type Env, errorView, renderView, savesData } from './render'

export const archive = new Hono<Env>()

archive.get('/archive', async (c) => {
  const index = await readArchiveIndex(c.env.KV)
  if (!index.ok) return errorView(c, 503)
  return renderView(c, { kind: 'archive', index: index.value })
})

archive.get('/archive/day', async (c) => {
  const date = (c.req.query('date') ?? '').trim()
  if (!isDate(date)) return errorView(c, 400, '请按“年-月-日”填写日期，例如 2024-03-11。')
  const month = await readArchiveMonth(c.env.KV, date.slice(0, 7))
  if (!month.ok) return errorView(c, 503)
  if (month.value?.issues.some((e) => e.date === date)) return c.redirect(urls.issue(date), 303)
  // Not an issue: its month, saying so, is the nearest way on.
  return renderView(
    c,
    { kind: 'archive-month', month: month.value ?? { month: date.slice(0, 7), issues: [] }, missing: date },
    404,
  )
})

archive.get('/archive/:year{[0-9]{4}}', async (c) => {
  const year = c.req.param('year')
  const index = await readArchiveIndex(c.env.KV)
  if (!index.ok) return errorView(c, 503)
  const { value } = index
  const status = value.months.some((m) => m.month.startsWith(`${year}-`)) ? 200 : 404
  return renderView(c, { kind: 'archive-year', year, index: value }, status)
})

archive.get('/archive/:year/:month', async (c) => {
  const month = `${c.req.param('year')}-${c.req.param('month')}`
  if (!isMonth(month)) return errorView(c, 400)
  const read = await readArchiveMonth(c.env.KV, month)
  if (!read.ok) return errorView(c, 503)
  // A month without issues is still its calendar: the months beside it are a tap away.
  if (!read.value) return renderView(c, { kind: 'archive-month', month: { month, issues: [] } }, 404)
  return renderView(c, { kind: 'archive-month', month: read.value, held: savesData(c) })
})

archive.get('/archive/*', (c) => errorView(c, 400))
