// Islands are named by their files: core/ui/islands/<Name>.island.tsx exports default function
// <Name>. The page hydrates by that name (client/hydrate.ts), the server writes it (<Island>, or
// <ClientIsland name> for one with nothing to render first). A name that matched no file would
// leave its part of the page dead, with no error anywhere.
import { existsSync, readdirSync } from 'node:fs'
import { parse } from 'node-html-parser'
import { h, type VNode } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { describe, expect, it } from 'vitest'
import type { Edition } from '../../core/model'
import { paper } from '../../core/paper'
import { renderPage } from '../../core/render/page'
import { Island } from '../../core/ui/Island'
import type { View } from '../../core/ui/view'
import { compileContent } from '../../publish/compile/content'

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

  it('every data-island on a page is an island file, and the article names its tools', async () => {
    const { issues } = await compileContent('content')
    const edition: Edition = issues[0]!
    const views: Array<[string, View]> = [
      ['/', { kind: 'front', edition, latest: true }],
      ['/issues/x/pages/1', { kind: 'page', edition, page: edition.issue.pages[0]! }],
      ['/issues/x/y', { kind: 'article', edition, article: edition.articles[0]! }],
      ['/search', { kind: 'search', query: '', hits: [] }],
      ['/saved', { kind: 'saved' }],
      ['/settings', { kind: 'settings' }],
    ]
    const named = new Map<string, string[]>()
    for (const [path, view] of views) {
      const doc = parse(renderPage(paper, view, new URL(path, 'http://localhost:8787'), undefined))
      named.set(
        view.kind,
        doc.querySelectorAll('[data-island]').map((el) => el.getAttribute('data-island') ?? ''),
      )
    }
    const all = [...new Set([...named.values()].flat())]
    expect(all.filter((name) => !existsSync(`${DIR}/${name}.island.tsx`))).toEqual([])
    expect(named.get('article')).toContain('Tools')
    expect(all.length).toBeGreaterThanOrEqual(4)
  })
})
