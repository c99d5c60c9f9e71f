// Fields the newsroom never types: summary, length and reading time, computed at publish time.
import type { Block } from '../../core/model'
import { bodyText, flatten } from '../../core/search/docs'

/** Chinese is read at roughly 400 characters a minute. */
const CHARS_PER_MINUTE = 400
const SUMMARY_CHARS = 80

/** Characters a reader reads: letters and digits, not spaces or punctuation. */
export function countChars(blocks: Block[]): number {
  return [
    ...bodyText(blocks)
      .join('')
      .matchAll(/[\p{L}\p{N}]/gu),
  ].length
}

export function readingMinutes(chars: number): number {
  return Math.max(1, Math.round(chars / CHARS_PER_MINUTE))
}

/** The first paragraph, cut at a sentence end near SUMMARY_CHARS, with an ellipsis if cut. */
export function summarize(blocks: Block[]): string {
  const first = blocks.find((b) => b.t === 'p')
  const text = first && first.t === 'p' ? flatten(first.c).replace(/\s+/g, '') : ''
  const chars = [...text]
  if (chars.length <= SUMMARY_CHARS) return text
  const head = chars.slice(0, SUMMARY_CHARS).join('')
  const stop = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？'))
  return stop >= SUMMARY_CHARS / 2 ? head.slice(0, stop + 1) : `${head}…`
}
