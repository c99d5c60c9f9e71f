// /prints/<date>/<版>/<hash>.pdf: a 版's print PDF from R2, to download under the name a reader
// can file (株洲日报-2024-03-11-第01版.pdf: RFC 6266, with RFC 8187's UTF-8 form and a plain
// ASCII fallback for old clients).
import { Hono } from 'hono'
import { PRINT_KEY, printFileName } from '../core/prints'
import { isDate, isPageParam } from '../core/rules'
import { serveObject } from './r2-object'
import { type Env, errorView } from './render'

export const prints = new Hono<Env>()

const disposition = (date: string, page: number) =>
  `attachment; filename="${date}-${String(page).padStart(2, '0')}.pdf"; filename*=UTF-8''${encodeURIComponent(printFileName(date, page))}`

prints.get('/:date/:page/:name', (c) => {
  const { date, page, name } = c.req.param()
  const notFound = () => errorView(c, 404, '没有这个版面的 PDF。')
  if (!isDate(date) || !/^\d{2}$/.test(page) || !isPageParam(String(Number(page)))) return errorView(c, 400)
  if (!PRINT_KEY.test(name)) return notFound()
  const fields = { 'Content-Type': 'application/pdf', 'Content-Disposition': disposition(date, Number(page)) }
  return serveObject(c, name, fields, notFound)
})
