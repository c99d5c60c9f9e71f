// 快讯 files (content/flash/<id>.md): front matter (title, time, link, push) and a body of plain
// text, each checked and refused by file, line and field as articles are. Every file is compiled
// on every publish: they are few and small, and what changed is decided by their versions.
import { basename } from 'node:path'
import type { FlashItem } from '../../core/model'
import { FLASH_CAPS, FlashFile } from '../schema'
import { splitFrontMatter } from './front-matter'
import { hiddenInText } from './hidden-chars'
import type { Problems } from './problems'
import { readText } from './read-text'
import { versionOf } from './version'
import { parseYaml } from './yaml-data'

/** A 快讯 as its file says it: its time only if the file gives one (else: when it is published). */
export interface CompiledFlash {
  file: string
  item: Omit<FlashItem, 'time'> & { time?: string }
  /** A hash of what the file says: the same file, the same version. */
  version: string
}

/** A 快讯 file is a few lines: anything near this is not one. */
const FLASH_BYTES = 8 * 1024

export async function compileFlash(files: string[], problems: Problems): Promise<CompiledFlash[]> {
  const out: CompiledFlash[] = []
  for (const file of files) {
    const compiled = await compileOne(file, problems)
    if (compiled) out.push(compiled)
  }
  return out
}

async function compileOne(file: string, problems: Problems): Promise<CompiledFlash | undefined> {
  const source = await readText(file, problems, { bytes: FLASH_BYTES, what: '快讯' })
  if (source === undefined) return undefined
  const split = splitFrontMatter(source, file, problems, '开头须是两行 --- 之间的快讯信息（title 等）')
  if (!split) return undefined
  const { close, body: bodyLines } = split
  const front = parseYaml(split.yaml, FlashFile, file, problems, 2)
  const body = bodyLines.join('\n').trim()
  const bodyLine = close + 2 + bodyLines.findIndex((l) => l.trim() !== '')
  const chars = [...body.replace(/\s/g, '')].length
  if (body === '') problems.add(file, '没有正文：在第二行 --- 下面写快讯的内容', { line: close + 2 })
  else if (chars > FLASH_CAPS.body)
    problems.add(file, `正文有 ${chars} 个字，超过 ${FLASH_CAPS.body} 个字的上限`, { line: bodyLine })
  const hidden = hiddenInText(body)
  if (hidden) problems.add(file, `正文里有看不见的字符（${hidden}）：请重新输入`, { line: bodyLine })
  if (!front || body === '' || chars > FLASH_CAPS.body || hidden) return undefined
  const { title, time, link, push } = front.value
  const item = {
    id: basename(file, '.md'),
    title,
    body,
    ...(link === undefined ? {} : { link }),
    push,
    ...(time === undefined ? {} : { time: new Date(time).toISOString() }),
  }
  return { file, item, version: versionOf(item) }
}
