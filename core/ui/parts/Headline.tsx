import type { ArticleMeta } from '../../model'

/**
 * A headline that breaks only between phrases: <wbr> where the publisher found a phrase ends
 * (titleBreaks), and word-break: keep-all in the stylesheet everywhere else.
 */
export function Headline({ article }: { article: Pick<ArticleMeta, 'title' | 'titleBreaks'> }) {
  const { title, titleBreaks = [] } = article
  const parts = [0, ...titleBreaks].map((at, i) => title.slice(at, titleBreaks[i]))
  return (
    <>
      {parts.map((part, i) => (
        <>
          {i > 0 && <wbr />}
          {part}
        </>
      ))}
    </>
  )
}
