import type { Figure as FigureBlock } from '../../model'
import { photoUrl } from '../../photos'
import { Picture } from './Picture'

/**
 * A figure: the photo, if it has one (Picture: its box sized from the first paint, held back in
 * low-data mode), then its caption and credit. `lead`, the article's first photo, is asked for at
 * once; the others as the reader scrolls to them. Over the photo, a link to it larger (.zoom): the
 * widest JPEG without JavaScript, the viewer with it (client/main.ts), and a tab stop for the
 * keyboard. Without a photo the caption stands alone, a note (.note) rather than an empty frame.
 */
export function Figure({ figure, lead, held }: { figure: FigureBlock; lead: boolean; held: boolean }) {
  const p = figure.photo
  return (
    <figure class={p ? (held ? 'photo held' : 'photo') : 'note'}>
      {p && (
        <div class="frame">
          <Picture photo={p} alt={figure.caption} lead={lead} held={held} />
          {/* biome-ignore lint/a11y/useAnchorContent: named by aria-label (WCAG ARIA8); its box is the photo's,
              whose alt and the caption below already say what it shows */}
          <a class="zoom" href={photoUrl(p.id, p.widths.at(-1)!, 'jpg')} aria-label="查看大图" />
        </div>
      )}
      <figcaption>
        {figure.caption}
        {figure.credit && (
          <span class="credit">
            {creditUnits(figure.credit).map((unit, i) => (
              <>
                {i > 0 && ' '}
                <span>{unit}</span>
              </>
            ))}
          </span>
        )}
      </figcaption>
    </figure>
  )
}

/**
 * A credit's units, each kept on one line (.credit>span): who took it ("全媒体记者/何春林"), with
 * what follows it and names no one ("摄", "供图") kept with it.
 */
function creditUnits(credit: string): string[] {
  const units: string[] = []
  for (const word of credit.trim().split(/\s+/u)) {
    const last = units.length - 1
    if (last >= 0 && !word.includes('/') && [...word].length <= 2) units[last] += ` ${word}`
    else units.push(word)
  }
  return units
}
