// A scratch copy of content/ that a test may break, so the real content is never touched.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const ISSUE = 'issues/2024-03-11'

export async function copyContent(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'zzrb-content-'))
  await cp('content', dir, { recursive: true })
  return dir
}

/** Replaces `from` with `to` in one file of a content copy; fails loudly if `from` is absent. */
export async function edit(dir: string, file: string, from: string | RegExp, to: string): Promise<void> {
  const path = join(dir, file)
  const text = await readFile(path, 'utf8')
  const next = text.replace(from, to)
  if (next === text) throw new Error(`${file} does not contain ${String(from)}`)
  await writeFile(path, next)
}

/** A copy of content/ with the issue folders of each fixture added. */
export async function contentWith(...fixtures: string[]): Promise<string> {
  const dir = await copyContent()
  for (const f of fixtures) await cp(f, join(dir, 'issues'), { recursive: true })
  return dir
}

/** A copy of content/ with baoma-jihua corrected (68 → 86) and the editors' note dated 2024-03-12. */
export async function correctedContent(): Promise<string> {
  const fixed = await copyContent()
  const file = `${ISSUE}/baoma-jihua.md`
  await edit(fixed, file, '68家企业', '86家企业')
  await edit(
    fixed,
    file,
    'dateline: 株洲日报讯',
    'dateline: 株洲日报讯\ncorrections:\n  - { date: 2024-03-12, note: 参会企业应为86家。 }',
  )
  return fixed
}
