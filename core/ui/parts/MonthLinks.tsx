import { monthName } from '../../dates'
import type { ArchiveIndex } from '../../model'
import { urls } from '../../urls'

/** A year's months as links, each with its number of issues. */
export function MonthLinks({ months }: { months: ArchiveIndex['months'] }) {
  return (
    <ul class="months">
      {months.map((m) => (
        <li>
          <a href={urls.archiveMonth(m.month)}>
            {monthName(m.month)}
            <span class="count">{m.issues}期</span>
          </a>
        </li>
      ))}
    </ul>
  )
}
