import { longDate, monthOf, weekday } from '../../dates'
import type { ArchiveMonth } from '../../model'
import { urls } from '../../urls'
import { Island } from '../Island'
import DownloadIssue from '../islands/DownloadIssue.island'
import { MonthCalendar } from '../parts/MonthCalendar'
import { Thumb } from '../parts/Thumb'

/** One month of 往期: its issues, newest first, each with its lead story (and its photo) and 下载本期. */
export function ArchiveMonthView({
  month,
  missing,
  held = false,
}: {
  month: ArchiveMonth
  missing?: string | undefined
  held?: boolean
}) {
  const year = month.month.slice(0, 4)
  return (
    <>
      <p class="crumbs">
        <a href={urls.archive()}>往期</a> · <a href={urls.archiveYear(year)}>{year}年</a>
      </p>
      <h1>{monthOf(month.month)}</h1>
      {missing && <p role="status">{longDate(missing)}没有出版的报纸。</p>}
      <MonthCalendar month={month.month} issues={month.issues.map((e) => e.date)} selected={missing} />
      {month.issues.length === 0 && <p>这个月没有出版的报纸。</p>}
      <ul class="issues">
        {month.issues.map((e) => (
          <li>
            <a href={urls.issue(e.date)}>
              {e.thumb && <Thumb photo={e.thumb} size="small" held={held} />}
              <time dateTime={e.date}>{longDate(e.date)}</time> {weekday(e.date)}
              <span class="lead-title">{e.lead}</span>
              <span class="count">{e.articles}篇</span>
            </a>
            <Island>
              <DownloadIssue date={e.date} version={e.version} bytes={e.bytes} photoBytes={e.photoBytes} />
            </Island>
          </li>
        ))}
      </ul>
    </>
  )
}
