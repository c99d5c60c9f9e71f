import type { Inline as InlineNode } from '../../model'
import { SAFE_LINK } from '../../rules'

/**
 * Inline runs of an article: text, emphasis and safe links only. The compiler allowed no more;
 * links are checked again here in case KV ever holds something else.
 */
export function Inline({ nodes }: { nodes: InlineNode[] }) {
  return (
    <>
      {nodes.map((n) => {
        if (typeof n === 'string') return n
        if (n.t === 'link') {
          if (!SAFE_LINK.test(n.href)) return <Inline nodes={n.c} />
          return (
            <a href={n.href} rel="noopener nofollow">
              <Inline nodes={n.c} />
            </a>
          )
        }
        const Tag = n.t
        return (
          <Tag>
            <Inline nodes={n.c} />
          </Tag>
        )
      })}
    </>
  )
}
