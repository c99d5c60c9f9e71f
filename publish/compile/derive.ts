// Fields the newsroom never types: summary, length and reading time, computed at publish time.
import type { Block } from '../../core/model'
import { bodyText, flatten } from '../../core/search/docs'
import { CLOSERS, PAIRS } from './pairs'

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

const SENTENCE_END = /[。！？]/u
const CLAUSE_END = /[，；：、]/u

/**
 * The first paragraph, whole if short; else cut where a reader can stop, outside every quotation
 * and bracket: after the last sentence within SUMMARY_CHARS (if it is not too short), or at a
 * clause's end with an ellipsis, or after the first sentence if it is a little longer.
 */
export function summarize(blocks: Block[]): string {
  const first = blocks.find((b) => b.t === 'p')
  const text = first && first.t === 'p' ? flatten(first.c).replace(/\s+/g, '') : ''
  const chars = [...text]
  if (chars.length <= SUMMARY_CHARS) return text
  const { sentences, clauses, outside } = stops(chars)
  const upTo = (n: number) => chars.slice(0, n).join('')
  const within = sentences.filter((n) => n <= SUMMARY_CHARS)
  const last = within[within.length - 1]
  if (last !== undefined && last >= SUMMARY_CHARS / 4) return upTo(last)
  const clause = clauses.filter((n) => n >= SUMMARY_CHARS / 2 && n <= SUMMARY_CHARS).pop()
  if (clause !== undefined) return `${upTo(clause)}……`
  const longer = sentences.find((n) => n > SUMMARY_CHARS && n <= SUMMARY_CHARS * 1.5)
  if (longer !== undefined) return upTo(longer)
  if (last !== undefined) return upTo(last)
  // One long sentence: cut before the quotation or bracket open at SUMMARY_CHARS, or else inside
  // it, at a clause's end if there is one, and close what is open.
  const before = outside.filter((n) => n >= SUMMARY_CHARS / 4 && n <= SUMMARY_CHARS).pop()
  if (before !== undefined) return `${upTo(before)}……`
  const head = chars.slice(0, SUMMARY_CHARS)
  const stop = head.findLastIndex((c, i) => i >= SUMMARY_CHARS / 2 && CLAUSE_END.test(c))
  return closed(stop < 0 ? head : head.slice(0, stop))
}

/** `head` with an ellipsis, then the marks it leaves open closed, innermost first. */
function closed(head: string[]): string {
  const open: string[] = []
  for (const c of head) {
    if (PAIRS[c]) open.push(PAIRS[c])
    else if (open[open.length - 1] === c) open.pop()
  }
  return `${head.join('')}……${open.reverse().join('')}`
}

/**
 * Where `chars` may be cut with every mark closed: after a sentence's end (and the marks that
 * close round it), before a clause's end, and before each quotation or bracket opens.
 */
function stops(chars: string[]): { sentences: number[]; clauses: number[]; outside: number[] } {
  const sentences: number[] = []
  const clauses: number[] = []
  const outside: number[] = []
  const open: string[] = []
  chars.forEach((c, i) => {
    if (open.length === 0 && PAIRS[c]) outside.push(i)
    if (PAIRS[c]) open.push(PAIRS[c])
    else if (CLOSERS.has(c) && open[open.length - 1] === c) open.pop()
    if (open.length > 0) return
    const next = chars[i + 1] ?? ''
    if (SENTENCE_END.test(c) && !SENTENCE_END.test(next) && !CLOSERS.has(next)) sentences.push(i + 1)
    else if (CLOSERS.has(c) && SENTENCE_END.test(chars[i - 1] ?? '') && !CLOSERS.has(next)) sentences.push(i + 1)
    if (CLAUSE_END.test(c)) clauses.push(i)
  })
  return { sentences, clauses, outside }
}
