import type { ArchiveIndex } from '../../model'
import { urls } from '../../urls'
import { MonthLinks } from '../parts/MonthLinks'

/** One year of 往期: its months, each with how many issues it has. */
export function ArchiveYearView({ year, index }: { year: string; index: ArchiveIndex }) {
  const months = index.months.filter((m) => m.month.startsWith(`${year}-`))
  return (
    <>
      <p class="crumbs">
        <a href={urls.archive()}>往期</a>
      </p>
      <h1>{year}年</h1>
      {months.length === 0 ? <p>这一年没有出版的报纸。</p> : <MonthLinks months={months} />}
    </>
  )
}
