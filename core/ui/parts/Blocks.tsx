import type { Block } from '../../model'
import { leadPhoto } from '../../photos'
import { Figure } from './Figure'
import { Inline } from './Inline'

/**
 * An article body: the restricted block structure, each block to its plain HTML element. The
 * first photo is the lead, asked for at once; `held` holds every photo back (Figure).
 */
export function Blocks({ blocks, held }: { blocks: Block[]; held: boolean }) {
  const lead = leadPhoto({ body: blocks })
  return (
    <>
      {/* biome-ignore lint/suspicious/useIterableCallbackReturn: every block type has its case */}
      {blocks.map((b) => {
        switch (b.t) {
          case 'p':
            return (
              <p>
                <Inline nodes={b.c} />
              </p>
            )
          case 'h':
            return <h2>{b.text}</h2>
          case 'label':
            return <p class="label">{b.text}</p>
          case 'quote':
            return (
              <blockquote>
                {b.c.map((c) => (
                  <p>
                    <Inline nodes={c} />
                  </p>
                ))}
              </blockquote>
            )
          case 'list': {
            const items = b.items.map((c) => (
              <li>
                <Inline nodes={c} />
              </li>
            ))
            return b.ordered ? <ol>{items}</ol> : <ul>{items}</ul>
          }
          case 'figure':
            return <Figure figure={b} lead={b.photo !== undefined && b.photo === lead} held={held} />
        }
      })}
    </>
  )
}
