// A figure with a caption and no photo (as 招聘会现场 in the 2024-03-11 issue) reads as a note
// the stylesheet styles, not as an empty frame waiting for a picture.
import { parse } from 'node-html-parser'
import { h } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { describe, expect, it } from 'vitest'
import type { Block } from '../../core/model'
import { Blocks } from '../../core/ui/parts/Blocks'
import { LINKED } from '../../core/ui/styles/linked'

const body: Block[] = [
  { t: 'p', c: ['现场来了不少求职者。'] },
  { t: 'figure', caption: '招聘会现场' },
]

describe('a caption-only figure', () => {
  it('is a note: its caption alone, no frame or image, in a class the rest’s stylesheet styles', () => {
    const doc = parse(renderToString(h(Blocks, { blocks: body, held: false })))
    const figure = doc.querySelector('figure')
    expect(figure?.classList.value).toEqual(['note'])
    expect(figure?.querySelectorAll('.frame, img, picture, a')).toEqual([])
    expect(figure?.querySelector('figcaption')?.textContent).toBe('招聘会现场')
    // The note's rules come in the rest's sheet, linked just before it.
    expect(figure?.previousElementSibling?.getAttribute('href')).toBe(LINKED.rest.href)
    expect(LINKED.rest.text).toMatch(/(^|\})\.note\{[^}]*border/)
    expect(LINKED.rest.text).toMatch(/\.note figcaption::before\{content:"图"/)
  })
})
