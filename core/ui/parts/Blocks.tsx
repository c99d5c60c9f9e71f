import type { Block, Photo } from '../../model'
import { leadPhoto } from '../../photos'
import { LINKED } from '../styles/linked'
import { Figure } from './Figure'
import { Inline } from './Inline'

/** Where the rest of an article's rules are linked: before its first quote or figure, if any. */
export const firstStyled = (blocks: Block[]) => blocks.findIndex((b) => b.t === 'quote' || b.t === 'figure')

/**
 * An article body: the restricted block structure, each block to its plain HTML element. The
 * first photo is the lead, asked for at once; `held` holds every photo back (Figure). The rules
 * of quotes, figures and what follows the text are linked just before the first quote or figure
 * (core/ui/styles/rest.ts).
 */
export function Blocks({ blocks, held }: { blocks: Block[]; held: boolean }) {
  const lead = leadPhoto({ body: blocks })
  const styled = firstStyled(blocks)
  return (
    <>
      {blocks.map((b, i) => (
        <>
          {i === styled && <link rel="stylesheet" href={LINKED.rest.href} />}
          <BodyBlock block={b} lead={lead} held={held} />
        </>
      ))}
    </>
  )
}

/** One block, as its plain HTML element. */
function BodyBlock({ block: b, lead, held }: { block: Block; lead: Photo | undefined; held: boolean }) {
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
}
