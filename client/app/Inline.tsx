import type { Inline as InlineNode } from '../../publish/schema'

/** The compiler allows only these; checked again here in case KV ever holds something else. */
const SAFE_HREF = /^(https?:\/\/|mailto:)/i

/** Inline runs of an article: text, emphasis and safe links only (the compiler allowed no more). */
export function Inline({ nodes }: { nodes: InlineNode[] }) {
  return (
    <>
      {nodes.map((n) => {
        if (typeof n === 'string') return n
        if (n.t === 'link') {
          if (!SAFE_HREF.test(n.href)) return <Inline nodes={n.c} />
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
