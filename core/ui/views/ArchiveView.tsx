import type { ArchiveIndex } from '../../model'
import { urls } from '../../urls'
import { JumpToDate } from '../parts/JumpToDate'
import { MonthLinks } from '../parts/MonthLinks'

/** 往期: every year, each with its months; any issue is two taps away, or one date away. */
export function ArchiveView({ index }: { index: ArchiveIndex }) {
  const years = [...new Set(index.months.map((m) => m.month.slice(0, 4)))]
  return (
    <>
      <h1>往期</h1>
      {years.length === 0 ? <p>尚未发布任何一期。</p> : <JumpToDate newest={index.recent[0]?.date} />}
      {years.map((year) => (
        <section class="year" aria-labelledby={`y${year}`}>
          <h2 id={`y${year}`}>
            <a href={urls.archiveYear(year)}>{year}年</a>
          </h2>
          <MonthLinks months={index.months.filter((m) => m.month.startsWith(year))} />
        </section>
      ))}
    </>
  )
}
