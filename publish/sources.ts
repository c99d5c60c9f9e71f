// The content folder as the publisher may read it: only regular files whose real path lies inside
// it. A symbolic link, a device, or a folder named like a file is refused by name, so no file
// elsewhere on the machine can ever go live. Each day's files are hashed, so a publish compiles
// only the days that changed. The listing is synchronous on purpose: a ten-year archive is some
// 150,000 files, and one awaited call per file would cost seconds where plain calls cost a fraction.
import type { Stats } from 'node:fs'
import { lstatSync, readdirSync, realpathSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { isDate } from '../core/rules'
import type { Problems } from './compile/problems'
import { hashCache } from './source-cache'

export interface DaySource {
  date: string
  dir: string
  /** issue.yaml's path, if the folder has one. */
  issueFile: string | undefined
  /** The articles' paths, by name. */
  articles: string[]
  /** Image files in images/, by the name a figure's src gives (images/x.jpg). */
  images: Set<string>
  /** A hash of every file above: the same files, the same hash. */
  hash: string
}

export interface Sources {
  paperFile: string | undefined
  days: DaySource[]
}

/** Days listed between two turns of the event loop. */
const YIELD_EVERY = 200
const IMAGE = /\.(jpe?g|png|webp|avif)$/i

function refusal(st: Stats, name: string): string | undefined {
  if (st.isSymbolicLink()) return 'is a symbolic link: content must be real files inside the content folder'
  if (st.isDirectory() && name.endsWith('.md')) return 'is a folder, not an article file'
  if (!st.isFile() && !st.isDirectory()) return 'is not a regular file'
  return undefined
}

/** Lists the content folder, refusing anything that is not a real file or folder inside it. */
export async function listSources(contentDir: string, problems: Problems): Promise<Sources> {
  const root = realOrUndefined(contentDir)
  if (!root) {
    problems.add(contentDir, 'is missing: the content folder (paper.json and issues/)')
    return { paperFile: undefined, days: [] }
  }
  /** The entries of a folder, each checked. */
  const entries = (dir: string): Array<{ name: string; path: string; st: Stats }> => {
    const names = readdirSync(dir).sort()
    const out = []
    for (const name of names) {
      const path = join(dir, name)
      const st = lstatSync(path)
      const why = refusal(st, name)
      if (why) problems.add(path, why)
      else out.push({ name, path, st })
    }
    return out
  }
  const top = entries(root)
  const paper = top.find((e) => e.name === 'paper.json' && e.st.isFile())
  if (!paper)
    problems.add(
      join(contentDir, 'paper.json'),
      'is missing: the masthead settings (name, locale, description, colors)',
    )
  const issues = top.find((e) => e.name === 'issues')
  if (!issues?.st.isDirectory()) {
    problems.add(join(contentDir, 'issues'), 'is missing: put each issue in issues/YYYY-MM-DD/')
    return { paperFile: paper?.path, days: [] }
  }
  const cache = await hashCache(root)
  const days: DaySource[] = []
  const folders = entries(issues.path)
  for (const folder of folders) {
    if (!folder.st.isDirectory()) continue // a stray file beside the issues (README, .DS_Store)
    if (!isDate(folder.name)) {
      problems.add(folder.path, 'is not an issue folder: name it by its date, YYYY-MM-DD (a real calendar day)')
      continue
    }
    const files = entries(folder.path)
    const imagesDir = files.find((f) => f.name === 'images' && f.st.isDirectory())
    const images = imagesDir ? entries(imagesDir.path) : []
    for (const image of images) {
      if (image.st.isDirectory()) problems.add(image.path, 'is a folder: images/ holds image files only')
    }
    const articles = files.filter((f) => f.name.endsWith('.md') && f.st.isFile())
    const issueFile = files.find((f) => f.name === 'issue.yaml' && f.st.isFile())
    const hashed = [issueFile, ...articles, ...images.filter((f) => f.st.isFile())]
      .filter((f) => f !== undefined)
      .map((f) => ({ ...f, name: relative(root, f.path).split(sep).join('/') }))
    const hash = cache.dayHash(folder.path, hashed)
    days.push({
      date: folder.name,
      dir: folder.path,
      issueFile: issueFile?.path,
      articles: articles.map((f) => f.path),
      images: new Set(images.filter((f) => f.st.isFile() && IMAGE.test(f.name)).map((f) => `images/${f.name}`)),
      hash,
    })
    // Other work waiting (the bindings' runtime starting) goes on between days.
    if (days.length % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r))
  }
  await cache.save()
  return { paperFile: paper?.path, days }
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path)
  } catch {
    return undefined
  }
}
