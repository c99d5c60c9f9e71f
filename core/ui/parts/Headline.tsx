import type { ComponentChildren } from 'preact'
import type { ArticleMeta } from '../../model'

/**
 * A headline that breaks as the editors set it: each part between their ideographic spaces (　)
 * is an inline block (.hl), kept whole on a line where it fits, so a headline that needs two lines
 * breaks at the space; inside a part, lines break only at the <wbr>s the publisher placed between
 * phrases (titleBreaks), with word-break: keep-all and balanced lines in the stylesheet.
 */
export function Headline({ article }: { article: Pick<ArticleMeta, 'title' | 'titleBreaks'> }) {
  const { title, titleBreaks = [] } = article
  const parts = title.split('\u3000')
  if (parts.length === 1) return <>{phrases(title, 0, titleBreaks)}</>
  let start = 0
  return (
    <>
      {parts.map((part, i) => {
        const at = start
        start += part.length + 1
        return (
          <>
            {i > 0 && '\u3000'}
            {part && <span class="hl">{phrases(part, at, titleBreaks)}</span>}
          </>
        )
      })}
    </>
  )
}

/** Punctuation and spaces: places the browser may break a line of its own accord. */
const LOOSE = /[\p{P}\s]/u

/**
 * `text` (found at `offset` in the title) with a <wbr> at each break that falls inside it; a phrase
 * with punctuation inside is an inline block too, so the line breaks only at the <wbr>s.
 */
function phrases(text: string, offset: number, breaks: number[]): ComponentChildren {
  const inside = breaks.map((b) => b - offset).filter((b) => b > 0 && b < text.length)
  return [0, ...inside].map((at, i) => {
    const phrase = text.slice(at, inside[i])
    return (
      <>
        {i > 0 && <wbr />}
        {inside.length > 0 && LOOSE.test(phrase) ? <span class="hl">{phrase}</span> : phrase}
      </>
    )
  })
}
