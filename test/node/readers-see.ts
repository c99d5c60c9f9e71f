// What readers see of 2024-03-11 and 2024-03-12 on every kind of page and in the API, read as
// parsed HTML and JSON: for the tests that kill a publish and compare the site with the states
// before and after it. Times the publisher stamps (publishedAt, modified) are left out.
import { parse } from 'node-html-parser'
import { contentWith, edit, ISSUE } from './content-copy'
import type { Site } from './published-site'

export const CORRECTED_TITLE = '“宝妈计划”帮带孩妈妈找工作（更正）'
const DAYS = [
  ['2024-03-11', 'baoma-jihua'],
  ['2024-03-12', 'ceshi-gaojian'],
] as const

/** content/ with the lead of 2024-03-11 corrected (its title, with an editors' note), and 2024-03-12 added. */
export async function correctionAndNewDay(): Promise<string> {
  const dir = await contentWith('test/fixtures/issues')
  const file = `${ISSUE}/baoma-jihua.md`
  await edit(dir, file, /^title: .*$/m, `title: '${CORRECTED_TITLE}'`)
  await edit(
    dir,
    file,
    'dateline: 株洲日报讯',
    'dateline: 株洲日报讯\ncorrections:\n  - { date: 2024-03-12, note: 标题有误。 }',
  )
  return dir
}

/** A page as a reader sees it: its status, the issue date it shows, whether the correction shows, its links. */
async function page(site: Site, path: string): Promise<string> {
  const { status, text } = await site.get(path)
  if (status !== 200) return String(status)
  const main = parse(text).querySelector('main')
  const date = parse(text).querySelector('time[datetime]')?.getAttribute('datetime') ?? ''
  const links = (main?.querySelectorAll('a[href^="/issues/"]') ?? []).map((a) => a.getAttribute('href')).join(' ')
  return `${date} ${main?.textContent.includes(CORRECTED_TITLE) ? 'corrected' : 'as first printed'} ${links}`
}

async function api(site: Site, path: string, pick: (v: never) => unknown): Promise<string> {
  const { status, text } = await site.get(path)
  return status === 200 ? JSON.stringify(pick(JSON.parse(text) as never)) : String(status)
}

type Entry = { date: string; version: string; lead: string }
const entries = (v: { issues?: Entry[]; recent?: Entry[] }) =>
  (v.issues ?? v.recent ?? []).map((e) => `${e.date} ${e.version} ${e.lead ?? ''}`)

/** Every view of the site, by path. */
export async function readersSee(site: Site): Promise<Record<string, string>> {
  const seen: Record<string, string> = {
    '/': await page(site, '/'),
    '/api/issues/latest': await api(site, '/api/issues/latest', (v: { date: string; version: string }) => [
      v.date,
      v.version,
    ]),
    '/archive/2024/03': await page(site, '/archive/2024/03'),
    '/api/archive/2024-03': await api(site, '/api/archive/2024-03', entries),
    '/api/archive': await api(site, '/api/archive', entries),
  }
  for (const [date, slug] of DAYS)
    for (const path of [`/issues/${date}`, `/issues/${date}/pages/1`, `/issues/${date}/${slug}`]) {
      seen[path] = await page(site, path)
      seen[`/api${path.replace('/pages/1', '/bundle').replace(`/${slug}`, `/articles/${slug}`)}`] = await api(
        site,
        `/api${path.replace('/pages/1', '/bundle').replace(`/${slug}`, `/articles/${slug}`)}`,
        (v: { version?: string; issue?: { version: string }; title?: string }) =>
          v.version ?? v.issue?.version ?? v.title,
      )
    }
  return seen
}

/**
 * What holds whatever a publish has written so far: the front page, and every page and API answer
 * of the day it shows, show one version of that day; every link from the front page and 往期
 * resolves.
 */
export async function liveDayAgrees(site: Site): Promise<string[]> {
  const seen = await readersSee(site)
  const [date, version] = JSON.parse(seen['/api/issues/latest'] ?? '[]') as [string, string]
  const slug = DAYS.find(([d]) => d === date)?.[1]
  const problems: string[] = []
  if (seen['/'] !== seen[`/issues/${date}`])
    problems.push(`/ shows ${seen['/']}, /issues/${date} ${seen[`/issues/${date}`]}`)
  if (seen[`/api/issues/${date}`] !== JSON.stringify(version))
    problems.push(`/api/issues/latest shows ${version}, /api/issues/${date} ${seen[`/api/issues/${date}`]}`)
  const corrected = seen['/']?.includes(' corrected ')
  for (const path of [`/issues/${date}/pages/1`, `/issues/${date}/${slug}`])
    if (seen[path]?.includes(' corrected ') !== corrected) problems.push(`/ and ${path} disagree on the correction`)
  problems.push(...(await site.brokenLinks()))
  return problems
}
