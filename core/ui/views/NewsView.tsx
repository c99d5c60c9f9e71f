import { beijing, longDate } from '../../dates'
import type { FlashItem } from '../../model'
import { WEEK_MS, within } from '../../news'
import { urls } from '../../urls'
import { NewsList } from '../parts/NewsList'

/** /news: the 快讯 of the last week, newest first. */
export function NewsView({ items, now }: { items: FlashItem[]; now: string }) {
  const week = within(items, now, WEEK_MS)
  return (
    <>
      <h1>快讯</h1>
      {week.length === 0 ? <p class="muted">最近七天没有快讯。</p> : <NewsList items={week} now={now} />}
    </>
  )
}

/** /news/<id>: one 快讯, whole. */
export function NewsItemView({ item }: { item: FlashItem }) {
  const at = beijing(item.time)
  return (
    <article class="story">
      <header>
        <p class="crumbs">
          <a href={urls.news()}>快讯</a>
        </p>
        <h1>{item.title}</h1>
        <p class="meta">
          <time dateTime={item.time}>
            {longDate(at.date)} {at.time}
          </time>
        </p>
      </header>
      <div class="body">
        {item.body.split(/\n+/).map((p) => (
          <p>{p}</p>
        ))}
        {item.link && (
          <p>
            <a href={item.link}>{item.link.startsWith('/') ? '阅读全文' : '相关链接'}</a>
          </p>
        )}
      </div>
    </article>
  )
}
