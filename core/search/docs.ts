// An edition's articles as search documents: the same on the server (publish time) and offline
// in the browser (over the issues kept on the phone).
import type { Block, Edition, Inline } from '../model'
import { leadPhoto } from '../photos'
import type { SearchDoc } from './terms'

export function flatten(c: Inline[]): string {
  return c.map((i) => (typeof i === 'string' ? i : flatten(i.c))).join('')
}

/** The readable text of a body, a string per block (figures excluded). */
export function bodyText(blocks: Block[]): string[] {
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch covers every block type (TypeScript checks it)
  return blocks.flatMap((b) => {
    switch (b.t) {
      case 'p':
        return [flatten(b.c)]
      case 'quote':
        return b.c.map(flatten)
      case 'list':
        return b.items.map(flatten)
      case 'h':
      case 'label':
        return [b.text]
      case 'figure':
        return []
    }
  })
}

export function docsOf({ issue, articles }: Edition): SearchDoc[] {
  const pageName = new Map(issue.pages.map((p) => [p.number, p.name]))
  return articles.map((a) => {
    const thumb = leadPhoto(a)
    return {
      date: a.date,
      id: a.id,
      title: a.title,
      page: pageName.get(a.page) ?? '',
      text: bodyText(a.body).join('\n'),
      ...(thumb ? { thumb } : {}),
    }
  })
}
