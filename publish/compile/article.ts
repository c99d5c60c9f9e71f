// One article file: front matter + Markdown body → a compiled Article.
import { basename } from 'node:path'
import type { Article, Block } from '../../core/model'
import { leadPhoto } from '../../core/photos'
import { FrontMatter } from '../schema'
import { CAPS, size } from './caps'
import { countChars, readingMinutes, summarize } from './derive'
import { splitFrontMatter } from './front-matter'
import { headlineBreaks } from './headline'
import { compileBody, type SourceText } from './markdown'
import { attachPhotos, type PhotoFile } from './photos'
import type { Problems } from './problems'
import { readText } from './read-text'
import { checkMarkdownCaps, checkYamlCaps } from './text-caps'
import { versionOf } from './version'
import { parseYaml } from './yaml-data'

export interface CompiledArticle {
  file: string
  article: Article
  texts: SourceText[]
  /** Line of each front-matter field, for cross-file messages (duplicate id, unknown 版面). */
  lineOf: (field: string) => number
  /** The source files of its figures' photos. */
  photos: PhotoFile[]
  /** Its place on the printed page as the editors set it (front matter region), in percent. */
  region?: Array<[number, number, number, number]> | false
}

const LINT_FIELDS = ['kicker', 'title', 'subtitle', 'summary', 'dateline'] as const

/** `images` are the image files, by the name a figure's src gives (images/x.jpg). */
export async function compileArticle(
  file: string,
  date: string,
  images: Set<string>,
  problems: Problems,
): Promise<CompiledArticle | undefined> {
  const source = await readText(file, problems, { bytes: CAPS.articleBytes, what: '稿件' })
  if (source === undefined) return undefined
  const split = splitFrontMatter(source, file, problems, '开头缺少稿件信息：第一行写 ---，稿件信息之后再写一行 ---')
  if (!split) return undefined
  const { yaml, close } = split
  const markdown = split.body.join('\n')
  if (!withinCaps(file, yaml, markdown, close, problems)) return undefined
  const front = parseYaml(yaml, FrontMatter, file, problems, 2)
  const body = compileBody(markdown, file, close + 2, images, problems)
  const photos = await attachPhotos(file, body.photos, problems)
  if (!front) return undefined

  const meta = front.value
  const slug = basename(file, '.md')
  if (meta.id !== slug) problems.add(file, `要和文件名“${slug}”一致`, { field: 'id', line: front.lineOfField(['id']) })

  const texts: SourceText[] = [...body.texts]
  for (const field of LINT_FIELDS) {
    const text = meta[field]
    if (text !== undefined) texts.push({ field, text, line: front.lineOfField([field]) })
  }
  meta.corrections?.forEach((c, i) => {
    const at = (key: string) => ({ field: `corrections.${i}.${key}`, line: front.lineOfField(['corrections', i, key]) })
    texts.push({ ...at('note'), text: c.note })
    if (c.date < date) problems.add(file, `更正日期 ${c.date} 早于这一期的日期（${date}）`, at('date'))
  })

  const { summary, tags, region, ...rest } = meta
  const breaks = headlineBreaks(meta.title)
  const content = {
    ...rest,
    ...(breaks.length > 0 ? { titleBreaks: breaks } : {}),
    date,
    summary: summary ?? summarize(body.blocks),
    tags,
    body: body.blocks,
    ...thumbOf(body.blocks),
  }
  const chars = countChars(body.blocks)
  const article: Article = { ...content, chars, readingMinutes: readingMinutes(chars), version: versionOf(content) }
  return {
    file,
    article,
    texts,
    lineOf: (field) => front.lineOfField([field]),
    photos,
    ...(region === undefined ? {} : { region }),
  }
}

/** The caps checked before the front matter and the body are parsed (caps.ts). */
function withinCaps(file: string, yaml: string, markdown: string, close: number, problems: Problems): boolean {
  const bytes = Buffer.byteLength(yaml)
  if (bytes > CAPS.frontMatterBytes) {
    problems.add(file, `两行 --- 之间的稿件信息有 ${size(bytes)}，超过 ${size(CAPS.frontMatterBytes)} 的上限`, {
      line: 1,
    })
    return false
  }
  const front = checkYamlCaps(yaml, file, 2, problems)
  return checkMarkdownCaps(markdown, file, close + 2, problems) && front
}

/** The article's lead photo as its thumbnail in lists; no field at all when it has none. */
function thumbOf(body: Block[]) {
  const thumb = leadPhoto({ body })
  return thumb ? { thumb } : {}
}
