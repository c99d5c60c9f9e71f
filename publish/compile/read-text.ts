// Content files must be UTF-8: a file saved in GBK would otherwise turn into mojibake on the page.
// A file over its size cap is refused from its size alone, before it is read whole.
import { open, readFile } from 'node:fs/promises'
import { size } from './caps'
import type { Problems } from './problems'

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** A size cap: the most bytes a file may hold, and what kind of file it is (“稿件”, “ issue.yaml ”). */
export interface SizeCap {
  bytes: number
  what: string
}

export async function readText(file: string, problems: Problems, cap?: SizeCap): Promise<string | undefined> {
  if (cap && (await overCap(file, cap, problems))) return undefined
  const bytes = await readFile(file)
  try {
    // Normalise line endings so line numbers in messages match what editors see.
    return utf8
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
  } catch {
    const at = firstInvalidLine(bytes)
    problems.add(file, '不是 UTF-8 编码的文本：请另存为 UTF-8（不要用 GBK）', at ? { line: at } : {})
    return undefined
  }
}

/** Refuses a file over its cap, naming the line where the cap is crossed; only that much is read. */
async function overCap(file: string, cap: SizeCap, problems: Problems): Promise<boolean> {
  const handle = await open(file)
  try {
    const { size: bytes } = await handle.stat()
    if (bytes <= cap.bytes) return false
    const head = Buffer.alloc(cap.bytes)
    const { bytesRead } = await handle.read(head, 0, cap.bytes, 0)
    let line = 1
    for (let i = 0; i < bytesRead; i++) if (head[i] === 0x0a) line++
    problems.add(
      file,
      `文件有 ${size(bytes)}，超过${cap.what}的上限（${size(cap.bytes)}），从这一行起超出：请删减或拆分`,
      {
        line,
      },
    )
    return true
  } finally {
    await handle.close()
  }
}

function firstInvalidLine(bytes: Uint8Array): number | undefined {
  let start = 0
  let line = 1
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        utf8.decode(bytes.subarray(start, i))
      } catch {
        return line
      }
      start = i + 1
      line++
    }
  }
  return undefined
}
