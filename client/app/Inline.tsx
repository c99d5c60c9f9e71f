import type { Inline as InlineNode } from '../../publish/schema'

/** Inline runs of an article: text, emphasis and safe links only (the compiler allowed no more). */
export function Inline({ nodes }: { nodes: InlineNode[] }) {
  return (
    <>
      {nodes.map((n) => {
        if (typeof n === 'string') return n
        if (n.t === 'link') return <a href={n.href} rel="noopener nofollow"><Inline nodes={n.c} /></a>
        const Tag = n.t
        return <Tag><Inline nodes={n.c} /></Tag>
      })}
    </>
  )
}
