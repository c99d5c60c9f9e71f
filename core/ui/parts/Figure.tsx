import type { Figure as FigureBlock } from '../../model'
import { Picture } from './Picture'

/**
 * A figure: the photo, if it has one (Picture: its box sized from the first paint, held back in
 * low-data mode), then its caption and credit. `lead`, the article's first photo, is asked for at
 * once; the others as the reader scrolls to them.
 */
export function Figure({ figure, lead, held }: { figure: FigureBlock; lead: boolean; held: boolean }) {
  const p = figure.photo
  return (
    <figure class={p ? (held ? 'photo held' : 'photo') : undefined}>
      {p && (
        <div class="frame">
          <Picture photo={p} alt={figure.caption} lead={lead} held={held} />
        </div>
      )}
      <figcaption>
        {figure.caption}
        {figure.credit && <span class="credit">{figure.credit}</span>}
      </figcaption>
    </figure>
  )
}
