import type { Issue } from '../../publish/schema'
import { lunarDate, longDate, weekday } from '../lib/dates'
import { pageLabel, urls } from '../lib/urls'

/** The front page's masthead: name, date with weekday and 农历, 期号 when known. */
export function Masthead({ name, issue }: { name: string; issue: Issue }) {
  const lunar = lunarDate(issue.date)
  return (
    <header class="masthead">
      <h1 class="paper">{name}</h1>
      <p class="dateline">
        <time dateTime={issue.date}>{longDate(issue.date)}</time> {weekday(issue.date)}
        {lunar && ` · ${lunar}`}
        {issue.number && ` · ${issue.number}`}
      </p>
    </header>
  )
}

/** 版面 navigation: 01版 要闻 … */
export function PageNav({ issue, current }: { issue: Issue; current?: number }) {
  return (
    <nav class="pages" aria-label="版面">
      <ul>
        {issue.pages.map((p) => (
          <li>
            <a href={urls.page(issue.date, p.number)} aria-current={p.number === current ? 'page' : undefined}>
              {pageLabel(p.number)} {p.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
