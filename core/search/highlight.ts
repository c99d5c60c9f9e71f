// Hit marks for titles and snippets, on the ORIGINAL strings: the renderer shows what the editor
// wrote, while matching happens on normalized text. Returns plain data; the renderer escapes.
import { normalize } from './tokenize'

/** A run of snippet or title text; hit = part of a query match (rendered highlighted). */
export interface Mark {
  text: string
  hit: boolean
}

/** [start, end) in UTF-16 units of the original string. */
type Span = [number, number]

const SNIPPET = 80
const LEAD = 20
const ELLIPSIS = '…'

/**
 * Where the normalized `terms` occur in `original`, merged and in order. NFKC can change length
 * (㈱ → (株)): when the normalized length is the same we take positions as unchanged (true of CJK,
 * Latin and full-width forms, and cheap); otherwise each code point is normalized on its own and
 * every output unit remembers the original character it came from, so a hit inside an expansion
 * marks that whole character.
 */
function matchSpans(original: string, terms: string[]): Span[] {
  let text = normalize(original)
  let origin: Span[] | null = null
  if (text.length !== original.length) {
    const parts: string[] = []
    origin = []
    let at = 0
    for (const c of original) {
      const n = normalize(c)
      parts.push(n)
      for (let k = 0; k < n.length; k++) origin.push([at, at + c.length])
      at += c.length
    }
    text = parts.join('')
  }
  const spans: Span[] = []
  for (const term of terms) {
    for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1)) {
      const end = i + term.length
      spans.push(origin ? [origin[i]![0], origin[end - 1]![1]] : [i, end])
    }
  }
  spans.sort((a, b) => a[0] - b[0])
  // Overlapping and touching hits become one run.
  const merged: Span[] = []
  for (const span of spans) {
    const last = merged.at(-1)
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push([span[0], span[1]])
  }
  return merged
}

function push(marks: Mark[], text: string, hit: boolean): void {
  if (!text) return
  const last = marks.at(-1)
  if (last && last.hit === hit) last.text += text
  else marks.push({ text, hit })
}

/** Marks for original[start, end): every character exactly once, in order. */
function marksIn(original: string, spans: Span[], start: number, end: number): Mark[] {
  const marks: Mark[] = []
  let at = start
  for (const [a, b] of spans) {
    const lo = Math.max(a, at)
    const hi = Math.min(b, end)
    if (lo >= hi) continue
    push(marks, original.slice(at, lo), false)
    push(marks, original.slice(lo, hi), true)
    at = hi
  }
  push(marks, original.slice(at, end), false)
  return marks
}

/** The whole title, with the hits marked. */
export function titleMarks(title: string, terms: string[]): Mark[] {
  return marksIn(title, matchSpans(title, terms), 0, title.length)
}

const isLowSurrogate = (s: string, i: number) => (s.charCodeAt(i) & 0xfc00) === 0xdc00

/**
 * About 80 characters of the paragraph holding the first body hit, starting a little before it;
 * with no body hit, the start of the body. "…" marks text left out on either side.
 */
export function snippetMarks(text: string, terms: string[]): Mark[] {
  const spans = matchSpans(text, terms)
  const first = spans[0]
  const anchor = first ? first[0] : text.search(/\S/)
  if (anchor === -1) return []
  // Terms hold no whitespace, so text[anchor] is never "\n" and the paragraph is well formed.
  const paraStart = text.lastIndexOf('\n', anchor - 1) + 1
  const paraEnd = text.indexOf('\n', anchor) === -1 ? text.length : text.indexOf('\n', anchor)
  const lead = first ? Math.min(LEAD, Math.max(0, SNIPPET - (first[1] - first[0]))) : 0
  let start = Math.max(paraStart, anchor - lead)
  let end = Math.min(paraEnd, start + SNIPPET)
  start = Math.max(paraStart, Math.min(start, end - SNIPPET))
  // Chinese paragraphs often open with an indent of ideographic spaces: not worth showing.
  while (start < anchor && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  // Never cut an astral character (rare Han, emoji) in half.
  if (start > 0 && isLowSurrogate(text, start)) start--
  if (end < text.length && isLowSurrogate(text, end)) end++
  const marks: Mark[] = []
  if (/\S/.test(text.slice(0, start))) push(marks, ELLIPSIS, false)
  for (const mark of marksIn(text, spans, start, end)) push(marks, mark.text, mark.hit)
  if (/\S/.test(text.slice(end))) push(marks, ELLIPSIS, false)
  return marks
}
