import type { Archive, IssueEntry } from '../../model'
import { longDate, monthOf, weekday } from '../../dates'
import { urls } from '../../urls'
import { Island } from '../Island'
import DownloadIssue from '../islands/DownloadIssue.island'

/** 往期: every published issue, newest first, grouped by month. */
export function ArchiveView({ archive }: { archive: Archive }) {
  const months = new Map<string, IssueEntry[]>()
  for (const e of archive.issues) months.set(monthOf(e.date), [...(months.get(monthOf(e.date)) ?? []), e])
  return (
    <>
      <h1>往期</h1>
      {archive.issues.length === 0 && <p>尚未发布任何一期。</p>}
      {[...months].map(([month, issues]) => (
        <section class="month" aria-label={month}>
          <h2>{month}</h2>
          <ul class="issues">
            {issues.map((e) => (
              <li>
                <a href={urls.issue(e.date)}>
                  <time dateTime={e.date}>{longDate(e.date)}</time> {weekday(e.date)}
                  <span class="lead-title">{e.lead}</span>
                  <span class="count">{e.articles}篇</span>
                </a>
                <Island>
                  <DownloadIssue date={e.date} version={e.version} bytes={e.bytes} />
                </Island>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
