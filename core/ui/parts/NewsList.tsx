import { newsTime } from '../../dates'
import type { FlashItem } from '../../model'
import { DAY_MS, within } from '../../news'
import { urls } from '../../urls'

/** 快讯, newest first, each with its time (Beijing) and a link to its own page. */
export function NewsList({ items, now }: { items: FlashItem[]; now: string }) {
  return (
    <ul class="news">
      {items.map((n) => (
        <li>
          <time dateTime={n.time}>{newsTime(n.time, now)}</time> <a href={urls.newsItem(n.id)}>{n.title}</a>
        </li>
      ))}
    </ul>
  )
}

/** The 快讯 of the last 24 hours, over the front page's issue; nothing when there are none. */
export function NewsStrip({ items, now, updated }: { items: FlashItem[]; now: string; updated?: string }) {
  const recent = within(items, now, DAY_MS)
  if (recent.length === 0) return null
  return (
    <section class="news-strip" aria-labelledby="kuaixun">
      <h2 id="kuaixun">
        <a href={urls.news()}>快讯</a>
        {updated && <span class="muted"> 更新于 {newsTime(updated, now)}</span>}
      </h2>
      <NewsList items={recent} now={now} />
    </section>
  )
}
