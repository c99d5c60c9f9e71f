import type { Block } from '../../model'
import { Inline } from './Inline'

/** An article body: the restricted block structure, each block to its plain HTML element. */
export function Blocks({ blocks }: { blocks: Block[] }) {
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
            // Image files are not served yet: a figure shows its caption and credit.
            return (
              <figure>
                <figcaption>
                  {b.caption}
                  {b.credit && <span class="credit">{b.credit}</span>}
                </figcaption>
              </figure>
            )
        }
      })}
    </>
  )
}
