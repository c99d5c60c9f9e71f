// A synthetic archive for tests and the scale benchmark: any number of days of any number of
// articles, written as a content folder, deterministic, and derived from the real 2024-03-11
// issue's own text (its articles re-dated, renamed and their paragraphs recombined). Test data
// only: it is written to a folder the caller names, never into content/, and never shown as news.
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

const SOURCE = 'content/issues/2024-03-11'
const DAY_MS = 86_400_000

interface Piece {
  id: string
  front: string
  paragraphs: string[]
}

async function pieces(): Promise<Piece[]> {
  const names = (await readdir(SOURCE)).filter((n) => n.endsWith('.md')).sort()
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(join(SOURCE, name), 'utf8')
      const [, front = '', body = ''] = text.split(/^---$/m)
      // Plain paragraphs only: headings, labels, quotes and figures stay with their own article.
      const paragraphs = body
        .split(/\n\n+/)
        .map((p) => p.trim())
        .filter((p) => p && !/^(#|>|::|【|- |\d+\. )/.test(p))
      return { id: name.replace(/\.md$/, ''), front, paragraphs }
    }),
  )
}

/** The dates of `days` consecutive days that end on `last`, oldest first. */
export function datesEnding(last: string, days: number): string[] {
  const end = Date.parse(`${last}T00:00:00Z`)
  return Array.from({ length: days }, (_, i) => new Date(end - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10))
}

/**
 * Writes content/paper.json and `days` issues ending on `last` into `dir`, each with `perDay`
 * articles on three 版面. Article k of a day takes the front matter of real article k mod 6 (so
 * its title and byline are the paper's own), an id of its own, and paragraphs drawn in turn from
 * all six, so every day reads differently and search has something to find in each.
 */
export async function writeSyntheticArchive(
  dir: string,
  opts: { days: number; perDay: number; last: string },
): Promise<string[]> {
  const real = await pieces()
  const all = real.flatMap((p) => p.paragraphs)
  await mkdir(join(dir, 'issues'), { recursive: true })
  await cp('content/paper.json', join(dir, 'paper.json'))
  const dates = datesEnding(opts.last, opts.days)
  for (const [d, date] of dates.entries()) {
    const folder = join(dir, 'issues', date)
    await mkdir(folder, { recursive: true })
    const perPage = Math.ceil(opts.perDay / 3)
    await writeFile(
      join(folder, 'issue.yaml'),
      `# Synthetic test data derived from the 2024-03-11 issue: not news.\ndate: ${date}\npages:\n` +
        ['要闻', '民生', '就业-创业'].map((name, i) => `  - number: ${i + 1}\n    name: ${name}\n`).join(''),
    )
    for (let k = 0; k < opts.perDay; k++) {
      const base = real[k % real.length]!
      const id = `${base.id.slice(0, 60)}-${k + 1}`
      const front = base.front
        .replace(/^id: .*$/m, `id: ${id}`)
        .replace(/^page: .*$/m, `page: ${Math.floor(k / perPage) + 1}`)
        .replace(/^order: .*$/m, `order: ${(k % perPage) + 1}`)
      const body = Array.from({ length: 4 }, (_, i) => all[(d * 7 + k * 5 + i * 3) % all.length]).join('\n\n')
      await writeFile(join(folder, `${id}.md`), `---${front}---\n\n${body}\n`)
    }
  }
  return dates
}
