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
          if (!SAFE_LINK.test(n.url)) refuse(n, `链接“${n.url}”不允许：只能用 http、https 和 mailto 链接`)
          else out.push({ t: 'link', href: n.url, c: inline(n.children) })
          break
        case 'html':
          refuse(n, `稿件里不能写 HTML：${JSON.stringify(n.value.slice(0, 40))}`)
          break
        case 'textDirective':
          // Only ::figure is a directive; "9:00" and other colons in prose stay text.
          out.push(markdown.slice(n.position?.start.offset, n.position?.end.offset))
          break
        default:
          refuse(n, `正文里不支持${describe(n)}`)
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
          if (child.type !== 'paragraph') refuse(child, `引语里不支持${describe(child)}`)
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
          if (first?.type !== 'paragraph' || rest.length > 0) refuse(item, '列表的每一项只能是一行文字')
          else {
            const c = inline(first.children)
            texts.push({ line: lineOf(first), text: flatten(c), field: 'list' })
            items.push(c)
          }
        }
        return { t: 'list', ordered: n.ordered === true, items }
      }
      case 'leafDirective':
        return n.name === 'figure' ? figure(n) : void refuse(n, `不认识的指令“::${n.name}”（只能用 ::figure）`)
      case 'html':
        return void refuse(n, `稿件里不能写 HTML：${JSON.stringify(n.value.slice(0, 40))}`)
      default:
        return void refuse(n, `正文里不支持${describe(n)}`)
    }
  }

  function figure(n: Extract<RootContent, { type: 'leafDirective' }>): Block | undefined {
    const caption = plain(n.children as PhrasingContent[]).trim()
    const { credit, src, ...unknown } = n.attributes ?? {}
    for (const key of Object.keys(unknown)) refuse(n, `图片的属性“${key}”不认识（只能用 credit 和 src）`)
    if (!caption) return void refuse(n, '图片要有说明：::figure[图片说明]')
    texts.push({ line: lineOf(n), text: caption, field: 'figure caption' })
    const fig: Figure = { t: 'figure', caption }
    if (credit) fig.credit = credit.trim()
    if (src) {
      if (!/^images\/[\w.-]+\.(jpe?g|png|webp|avif)$/i.test(src))
        refuse(n, `图片的 src“${src}”要写本期 images/ 文件夹里的文件，如 images/zhaopinhui.jpg`)
      else if (!images.has(src)) refuse(n, `图片“${src}”不在本期的 images/ 文件夹里`)
      else photos.push({ figure: fig, src, line: lineOf(n) })
    }
    return fig
  }

  const blocks = tree.children.map(block).filter((b): b is Block => b !== undefined)
  if (blocks.length === 0) problems.add(file, '正文是空的', { line: firstLine })
  return { blocks, texts, photos }
}

function describe(n: Nodes): string {
  const names: Record<string, string> = {
    image: ' Markdown 图片（请用 ::figure）',
    code: '代码块',
    inlineCode: '行内代码',
    table: '表格',
    thematicBreak: '分隔线',
    definition: '链接定义',
    containerDirective: '容器指令',
    heading: '这一级标题（只能用 ## 小标题）',
    list: '列表',
  }
  return names[n.type] ?? `“${n.type}”`
}
