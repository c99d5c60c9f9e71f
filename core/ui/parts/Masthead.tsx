import { longDate, lunarDate, weekday } from '../../dates'
import type { Issue } from '../../model'
import { urls } from '../../urls'

/** The front page's masthead: the name, leading to 最新一期; the date with weekday and 农历, 期号 when known. */
export function Masthead({ name, issue }: { name: string; issue: Issue }) {
  const lunar = lunarDate(issue.date)
  return (
    <header class="masthead">
      <h1>
        <a href={urls.home()}>{name}</a>
      </h1>
      <p>
        {/* Each unit on one line (.masthead p>*), a separating · kept with the unit before it. */}
        <time dateTime={issue.date}>{longDate(issue.date)}</time>{' '}
        <span>
          {weekday(issue.date)}
          {(lunar || issue.number) && ' ·'}
        </span>
        {lunar && (
          <>
            {' '}
            <span>
              {lunar}
              {issue.number && ' ·'}
            </span>
          </>
        )}
        {issue.number && (
          <>
            {' '}
            <span>{issue.number}</span>
          </>
        )}
      </p>
    </header>
  )
}
