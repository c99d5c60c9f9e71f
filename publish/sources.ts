// The content folder as the publisher may read it: only regular files whose real path lies inside
// it. A symbolic link, a device, or a folder named like a file is refused by name, so no file
// elsewhere on the machine can ever go live; so is an article or image whose name cannot be part
// of a web address. Each day's files are hashed by their names and contents, every file on every
// publish: what changed is decided by content alone, never by a file's size or times, and a
// publish compiles only the days whose hash changed (day-hasher.ts). The listing is synchronous on
// purpose: a ten-year archive is some 150,000 files, and one awaited call per file would cost seconds.
import { type Dirent, readdirSync, realpathSync } from 'node:fs'
import { join } from 'node:path'
import { isDate, SLUG_MAX, SLUG_PATTERN } from '../core/rules'
import type { Problems } from './compile/problems'
import { DayHasher, type HashedFile } from './day-hasher'

export interface DaySource {
  date: string
  dir: string
  /** issue.yaml's path, if the folder has one. */
  issueFile: string | undefined
  /** The articles' paths, by name. */
  articles: string[]
  /** Image files in images/, by the name a figure's src gives (images/x.jpg). */
  images: Set<string>
  /** Print PDFs in pages/ (pages/01.pdf), by 版 number. */
  prints: Map<number, string>
  /** A hash of every file above, names and contents: the same files, the same hash. */
  hash: string
}

export interface Sources {
  paperFile: string | undefined
  days: DaySource[]
  /** 快讯 files (flash/<id>.md), by name. */
  flash: string[]
}

/** Days listed between two turns of the event loop. */
const YIELD_EVERY = 200
const IMAGE = /\.(jpe?g|png|webp|avif)$/i
/** What a figure's src may name (compile/markdown.ts): letters, digits, _ . and -. */
const IMAGE_NAME = /^[\w.-]+$/
/** A 版's print PDF: pages/01.pdf for 版 1. */
const PRINT_NAME = /^(\d{2})\.pdf$/

function refusal(entry: Dirent): string | undefined {
  if (entry.isSymbolicLink()) return '是符号链接：内容必须是放在内容文件夹里的真实文件'
  if (entry.isDirectory() && entry.name.endsWith('.md')) return '是文件夹，不是稿件文件'
  if (!entry.isFile() && !entry.isDirectory()) return '不是普通文件'
  return undefined
}

/** Why an article's file name cannot be its id and the last part of its address, if it cannot. */
function badArticleName(name: string): string | undefined {
  const slug = name.slice(0, -'.md'.length)
  if (SLUG_PATTERN.test(slug) && slug.length <= SLUG_MAX) return undefined
  const what = /\s/.test(slug) ? '里有空格' : slug === '' ? '是空的' : '不能当稿件 id'
  return (
    `文件名${what}：稿件的文件名就是它的 id，也是网址的最后一段，只能用小写字母、数字和单个连字符，` +
    `最长 ${SLUG_MAX} 个字符（如 baoma-jihua.md）`
  )
}

/** Lists the content folder, refusing anything that is not a real file or folder inside it. */
export async function listSources(contentDir: string, problems: Problems): Promise<Sources> {
  const root = realOrUndefined(contentDir)
  if (!root) {
    problems.add(contentDir, '找不到内容文件夹（里面应有 paper.json 和 issues/）')
    return { paperFile: undefined, days: [], flash: [] }
  }
  /** The entries of a folder, each checked, by name. */
  const entries = (dir: string): Array<{ name: string; path: string; entry: Dirent }> => {
    const out = []
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name)
      const why = refusal(entry)
      if (why) problems.add(path, why)
      else out.push({ name: entry.name, path, entry })
    }
    return out
  }
  const top = entries(root)
  const paper = top.find((e) => e.name === 'paper.json' && e.entry.isFile())
  if (!paper)
    problems.add(join(contentDir, 'paper.json'), '缺少报头设置文件（name、locale、description、colors、firstIssue）')
  const issues = top.find((e) => e.name === 'issues')
  if (!issues?.entry.isDirectory()) {
    problems.add(join(contentDir, 'issues'), '缺少 issues 文件夹：每一期放在 issues/YYYY-MM-DD/ 里')
    return { paperFile: paper?.path, days: [], flash: [] }
  }
  const flashDir = top.find((e) => e.name === 'flash' && e.entry.isDirectory())
  const flash = (flashDir ? entries(flashDir.path) : []).flatMap((f) => {
    if (!f.name.endsWith('.md') || f.entry.isDirectory()) {
      problems.add(f.path, '不是快讯文件：flash/ 里每条快讯一个 .md 文件')
      return []
    }
    const why = badArticleName(f.name)
    if (why) problems.add(f.path, why)
    return why ? [] : [f.path]
  })
  const days: DaySource[] = []
  const hasher = new DayHasher()
  /** Each day's files, in the order its hash takes them, not yet handed to the hasher. */
  let hashed: HashedFile[][] = []
  for (const folder of entries(issues.path)) {
    if (!folder.entry.isDirectory()) continue // a stray file beside the issues (README, .DS_Store)
    if (!isDate(folder.name)) {
      problems.add(folder.path, '不是一期的文件夹：文件夹要以出版日期命名，写成 YYYY-MM-DD（真实存在的日期）')
      continue
    }
    const files = entries(folder.path)
    const imagesDir = files.find((f) => f.name === 'images' && f.entry.isDirectory())
    const images = (imagesDir ? entries(imagesDir.path) : []).filter((image) => {
      if (image.entry.isDirectory()) problems.add(image.path, '是文件夹：images/ 里只能放图片文件')
      else if (IMAGE.test(image.name) && !IMAGE_NAME.test(image.name))
        problems.add(
          image.path,
          `文件名${/\s/.test(image.name) ? '里有空格' : '里有不能用的字符'}：` +
            '图片文件名只能用字母、数字和 _ . -（如 zhaopinhui.jpg）',
        )
      else return true
      return false
    })
    const articles = files.filter((f) => {
      if (!f.name.endsWith('.md') || !f.entry.isFile()) return false
      const why = badArticleName(f.name)
      if (why) problems.add(f.path, why)
      return why === undefined
    })
    const pagesDir = files.find((f) => f.name === 'pages' && f.entry.isDirectory())
    const prints = (pagesDir ? entries(pagesDir.path) : []).filter((f) => {
      if (PRINT_NAME.test(f.name) && f.entry.isFile() && Number(f.name.slice(0, 2)) > 0) return true
      problems.add(
        f.path,
        f.entry.isDirectory()
          ? '是文件夹：pages/ 里只放各版的 PDF'
          : '文件名不对：pages/ 里每版一个 PDF，以两位版号命名（第1版为 01.pdf，第12版为 12.pdf）',
      )
      return false
    })
    const issueFile = files.find((f) => f.name === 'issue.yaml' && f.entry.isFile())
    const named = (prefix: string) => (f: { name: string; path: string }) => ({
      name: `issues/${folder.name}/${prefix}${f.name}`,
      path: f.path,
    })
    hashed.push([
      ...(issueFile ? [issueFile] : []).map(named('')),
      ...articles.map(named('')),
      ...images.map(named('images/')),
      ...prints.map(named('pages/')),
    ])
    days.push({
      date: folder.name,
      dir: folder.path,
      issueFile: issueFile?.path,
      articles: articles.map((f) => f.path),
      images: new Set(images.filter((f) => IMAGE.test(f.name)).map((f) => `images/${f.name}`)),
      prints: new Map(prints.map((f) => [Number(f.name.slice(0, 2)), f.path])),
      hash: '',
    })
    // Other work waiting (the bindings' runtime starting) goes on between days.
    if (days.length % YIELD_EVERY === 0) {
      hasher.add(hashed)
      hashed = []
      await new Promise((r) => setImmediate(r))
    }
  }
  hasher.add(hashed)
  const hashes = await hasher.hashes()
  for (const [i, day] of days.entries()) day.hash = hashes[i]!
  return { paperFile: paper?.path, days, flash }
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path)
  } catch {
    return undefined
  }
}
