// Where a Chinese headline may break: between phrases, never inside a word. Intl.Segmenter finds
// the words; it knows common words (就业, 改革) but splits many names and terms into single
// characters (株|洲, 两|会), so a single character, a number or an opening mark holds on to
// what follows it, and closing punctuation to what it closes. The page breaks only where this
// allows (<wbr> and word-break: keep-all).

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' })
const SPACE = /^\s+$/u
const HAN_WORD = /^\p{Script=Han}{2,}$/u
const CLOSING = /^[”’）》】」，、。：；！？…]+$/u

/** The offsets (UTF-16) at which `title` may break; none inside a word. */
export function headlineBreaks(title: string): number[] {
  const breaks: number[] = []
  let after = false // whether the text so far ends where a phrase may end
  for (const { segment, index } of segmenter.segment(title)) {
    if (SPACE.test(segment)) {
      after = false // a space is a break of its own
      continue
    }
    if (CLOSING.test(segment)) {
      after = true
      continue
    }
    if (after && index > 0) breaks.push(index)
    after = HAN_WORD.test(segment)
  }
  return breaks
}
