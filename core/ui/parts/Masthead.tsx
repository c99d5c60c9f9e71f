import { longDate, lunarDate, weekday } from '../../dates'
import type { Issue } from '../../model'

/** The front page's masthead: name, date with weekday and 农历, 期号 when known. */
export function Masthead({ name, issue }: { name: string; issue: Issue }) {
  const lunar = lunarDate(issue.date)
  return (
    <header class="masthead">
      <h1>{name}</h1>
      <p>
        <time dateTime={issue.date}>{longDate(issue.date)}</time> {weekday(issue.date)}
        {lunar && ` · ${lunar}`}
        {issue.number && ` · ${issue.number}`}
      </p>
    </header>
  )
}
