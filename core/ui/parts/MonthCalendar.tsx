import { beijing, monthOf } from '../../dates'
import { urls } from '../../urls'

const WEEKDAYS = '一二三四五六日'

/** The month's days as weeks from Monday: null where a week starts before the 1st or ends after the last. */
export function weeksOf(month: string): Array<Array<number | null>> {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const offset = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  const cells = [...Array<null>(offset).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)]
  while (cells.length % 7) cells.push(null)
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7))
}

/**
 * A month as a calendar, Monday first: each day with an issue a link to it, the others plain;
 * today and the day asked for are marked. Plain HTML: no script needed. The other months are on
 * the year's page (the crumbs): only it knows which months have issues, so no link leads to an
 * empty month.
 */
export function MonthCalendar({
  month,
  issues,
  selected,
  today = beijing(new Date().toISOString()).date,
}: {
  month: string
  issues: string[]
  selected?: string | undefined
  today?: string
}) {
  const linked = new Set(issues)
  return (
    <div class="cal">
      <table>
        <caption>{monthOf(month)}</caption>
        <thead>
          <tr>
            {[...WEEKDAYS].map((d) => (
              <th scope="col" abbr={`星期${d}`}>
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(month).map((week) => (
            <tr>
              {week.map((n) => {
                if (n === null) return <td />
                const date = `${month}-${String(n).padStart(2, '0')}`
                const mark = [date === today && 'today', date === selected && 'sel'].filter(Boolean).join(' ')
                return (
                  <td class={mark || undefined} aria-current={date === today ? 'date' : undefined}>
                    {linked.has(date) ? <a href={urls.issue(date)}>{n}</a> : <span>{n}</span>}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
