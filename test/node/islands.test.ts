// Islands are named by their files: core/ui/islands/<Name>.island.tsx exports default function
// <Name>. The page hydrates by that name (client/hydrate.ts), the server writes it (<Island>).
import { readdirSync } from 'node:fs'
import { parse } from 'node-html-parser'
import { h, type VNode } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { describe, expect, it } from 'vitest'
import { Island } from '../../core/ui/Island'

const DIR = 'core/ui/islands'
const files = readdirSync(DIR)

describe('islands', () => {
  it('every file in core/ui/islands is an island, named by its file', async () => {
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      expect(file).toMatch(/^[A-Z]\w*\.island\.tsx$/)
      const { default: component } = (await import(`../../${DIR}/${file}`)) as { default: { name: string } }
      expect(component.name, file).toBe(file.replace('.island.tsx', ''))
    }
  })

  it('<Island> writes the component’s own name and its props, once', async () => {
    const { default: DownloadIssue } = await import('../../core/ui/islands/DownloadIssue.island')
    const child = h(DownloadIssue, { date: '2024-03-11', version: 'abc', bytes: 10 }) as unknown as VNode<object>
    const html = renderToString(h(Island, { children: child }))
    const el = parse(html).querySelector('[data-island]')
    expect(el?.getAttribute('data-island')).toBe('DownloadIssue')
    expect(JSON.parse(el?.getAttribute('data-props') ?? '')).toEqual({ date: '2024-03-11', version: 'abc', bytes: 10 })
  })
})
