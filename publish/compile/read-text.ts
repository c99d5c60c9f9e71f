// Content files must be UTF-8: a file saved in GBK would otherwise turn into mojibake on the page.
import { readFile } from 'node:fs/promises'
import type { Problems } from './problems'

const utf8 = new TextDecoder('utf-8', { fatal: true })

export async function readText(file: string, problems: Problems): Promise<string | undefined> {
  const bytes = await readFile(file)
  try {
    // Normalise line endings so line numbers in messages match what editors see.
    return utf8
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
  } catch {
    const at = firstInvalidLine(bytes)
    problems.add(file, 'is not valid UTF-8 text (save it as UTF-8, not GBK)', at ? { line: at } : {})
    return undefined
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
