// A Markdown file with front matter: the YAML between the first two lines of `---`, and what
// follows. Articles and 快讯 are both written so.
import type { Problems } from './problems'

const FENCE = '---'

export interface Split {
  yaml: string
  /** The lines after the closing fence. */
  body: string[]
  /** The closing fence's index (0-based): the body starts on line close + 2. */
  close: number
}

/** Splits `source`; without front matter, adds `missing` as the file's problem at line 1. */
export function splitFrontMatter(source: string, file: string, problems: Problems, missing: string): Split | undefined {
  const lines = source.split('\n')
  const close = lines[0] === FENCE ? lines.indexOf(FENCE, 1) : -1
  if (close < 0) {
    problems.add(file, missing, { line: 1 })
    return undefined
  }
  return { yaml: lines.slice(1, close).join('\n'), body: lines.slice(close + 1), close }
}
