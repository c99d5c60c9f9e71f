import { longDate } from '../../dates'
import type { Correction } from '../../model'

/** 更正: what the editors corrected after the article went out, and when, above its text. */
export function Corrections({ corrections }: { corrections: Correction[] | undefined }) {
  if (!corrections?.length) return null
  return (
    <aside class="correction" aria-label="更正">
      {corrections.map((c) => (
        <p>
          <strong>更正</strong>（<time dateTime={c.date}>{longDate(c.date)}</time>）：{c.note}
        </p>
      ))}
    </aside>
  )
}
