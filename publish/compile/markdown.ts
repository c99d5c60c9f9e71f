// Markdown → the restricted block structure. Anything outside it (raw HTML, images, tables,
// unsafe links) is refused with its line, never passed through to the page.

import type { Nodes, PhrasingContent, RootContent } from 'mdast'
import { directiveFromMarkdown } from 'mdast-util-directive'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { directive } from 'micromark-extension-directive'
import type { Block, Figure, Inline } from '../../core/model'
import { SAFE_LINK } from '../../core/rules'
import { flatten } from '../../core/search/docs'
import type { Problems } from './problems'

/** Text the typography lint reads, with the line it came from. */
export interface SourceText {
  line: number
  text: string
  field: string
}

/** A figure whose photo file is still to be read (compile/photos.ts), with where it was named. */
export interface PendingPhoto {
  figure: Figure
  src: string
  line: number
}

export interface CompiledBody {
  blocks: Block[]
  texts: SourceText[]
  photos: PendingPhoto[]
}

const LABEL = /^【[^【】]+】$/

/** `images` are the image files, by the name a figure's src gives (images/x.jpg). */
export function compileBody(
  markdown: string,
  file: string,
  firstLine: number,
  images: Set<string>,
  problems: Problems,
): CompiledBody {
  const tree = fromMarkdown(markdown, { extensions: [directive()], mdastExtensions: [directiveFromMarkdown()] })
  const texts: SourceText[] = []
  const photos: PendingPhoto[] = []
  const lineOf = (n: Nodes) => (n.position?.start.line ?? 1) + firstLine - 1
  const refuse = (n: Nodes, message: string) => problems.add(file, message, { line: lineOf(n) })

  function inline(nodes: PhrasingContent[]): Inline[] {
    const out: Inline[] = []
    for (const n of nodes) {
      switch (n.type) {
        case 'text':
          out.push(n.value)
          break
        case 'break':
          out.push('\n')
          break
        case 'emphasis':
        case 'strong':
          out.push({ t: n.type === 'emphasis' ? 'em' : 'strong', c: inline(n.children) })
          break
        case 'link':
          if (!SAFE_LINK.test(n.url)) refuse(n, `link "${n.url}" is not allowed: only http, https and mailto links`)
          else out.push({ t: 'link', href: n.url, c: inline(n.children) })
          break
        case 'html':
          refuse(n, `raw HTML is not allowed in an article: ${JSON.stringify(n.value.slice(0, 40))}`)
          break
        case 'textDirective':
          // Only ::figure is a directive; "9:00" and other colons in prose stay text.
          out.push(markdown.slice(n.position?.start.offset, n.position?.end.offset))
          break
        default:
          refuse(n, `${describe(n)} is not supported in an article body`)
      }
    }
    // Adjacent text runs (split around "9:00" and the like) become one.
    return out.reduce<Inline[]>((acc, i) => {
      const last = acc[acc.length - 1]
      if (typeof i === 'string' && typeof last === 'string') acc[acc.length - 1] = last + i
      else acc.push(i)
      return acc
    }, [])
  }

  function plain(nodes: PhrasingContent[]): string {
    return flatten(inline(nodes))
  }

  function block(n: RootContent): Block | undefined {
    switch (n.type) {
      case 'paragraph': {
        const c = inline(n.children)
        const text = flatten(c)
        texts.push({ line: lineOf(n), text, field: 'body' })
        return LABEL.test(text.trim()) ? { t: 'label', text: text.trim() } : { t: 'p', c }
      }
      case 'heading': {
        const text = plain(n.children)
        texts.push({ line: lineOf(n), text, field: 'heading' })
        return { t: 'h', text }
      }
      case 'blockquote': {
        const paras: Inline[][] = []
        for (const child of n.children) {
          if (child.type !== 'paragraph') refuse(child, `${describe(child)} is not supported inside a quotation`)
          else {
            const c = inline(child.children)
            texts.push({ line: lineOf(child), text: flatten(c), field: 'quote' })
            paras.push(c)
          }
        }
        return { t: 'quote', c: paras }
      }
      case 'list': {
        const items: Inline[][] = []
        for (const item of n.children) {
          const [first, ...rest] = item.children
          if (first?.type !== 'paragraph' || rest.length > 0) refuse(item, 'a list item must be one line of text')
          else {
            const c = inline(first.children)
            texts.push({ line: lineOf(first), text: flatten(c), field: 'list' })
            items.push(c)
          }
        }
        return { t: 'list', ordered: n.ordered === true, items }
      }
      case 'leafDirective':
        return n.name === 'figure' ? figure(n) : void refuse(n, `unknown directive "::${n.name}" (only ::figure)`)
      case 'html':
        return void refuse(n, `raw HTML is not allowed in an article: ${JSON.stringify(n.value.slice(0, 40))}`)
      default:
        return void refuse(n, `${describe(n)} is not supported in an article body`)
    }
  }

  function figure(n: Extract<RootContent, { type: 'leafDirective' }>): Block | undefined {
    const caption = plain(n.children as PhrasingContent[]).trim()
    const { credit, src, ...unknown } = n.attributes ?? {}
    for (const key of Object.keys(unknown)) refuse(n, `figure attribute "${key}" is unknown (use credit and src)`)
    if (!caption) return void refuse(n, 'a figure needs a caption: ::figure[图片说明]')
    texts.push({ line: lineOf(n), text: caption, field: 'figure caption' })
    const fig: Figure = { t: 'figure', caption }
    if (credit) fig.credit = credit.trim()
    if (src) {
      if (!/^images\/[\w.-]+\.(jpe?g|png|webp|avif)$/i.test(src))
        refuse(n, `figure src "${src}" must be a file in this issue's images/ folder`)
      else if (!images.has(src)) refuse(n, `figure image "${src}" is not a file in this issue's images/ folder`)
      else photos.push({ figure: fig, src, line: lineOf(n) })
    }
    return fig
  }

  const blocks = tree.children.map(block).filter((b): b is Block => b !== undefined)
  if (blocks.length === 0) problems.add(file, 'the article body is empty', { line: firstLine })
  return { blocks, texts, photos }
}

function describe(n: Nodes): string {
  const names: Record<string, string> = {
    image: 'a Markdown image (use ::figure)',
    code: 'a code block',
    inlineCode: 'inline code',
    table: 'a table',
    thematicBreak: 'a horizontal rule',
    definition: 'a link definition',
    containerDirective: 'a container directive',
  }
  return names[n.type] ?? `"${n.type}"`
}
