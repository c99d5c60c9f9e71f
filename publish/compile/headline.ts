// Where a Chinese headline may break. The editors' ideographic space (　) splits it into parts,
// which the page keeps whole where they fit (core/ui/parts/Headline.tsx); inside a part, this
// picks the places a line may end: after a clause's punctuation, around quotes and brackets, and
// between phrases, never inside a number with its unit, a Latin word or a short quotation, and
// never leaving fewer than three characters between two of them.
// Word segmenters know common words but split names (株|洲) and cut others wrongly, so their
// boundaries between two words of two or more characters count, and those next to a single
// character only when nothing better keeps a phrase within the narrowest line.
import { gapScores, lettersBefore, widthBefore } from './headline-gaps'

/** The fewest letters (Han, Latin, digits) on a line, or between two breaks. */
const MIN_LETTERS = 3
/**
 * The widest phrase, in em, that the narrowest line of a headline holds on a 320 px phone: a 版's
 * teaser (h2, 1.25rem) beside its small photo, 320 − 36 − 110 px, about 7.7 em (the article's h1
 * holds 9, the lead story's 10.5).
 */
const MAX_EM = 7

/** The offsets (UTF-16) at which `title` may break, other than its ideographic spaces. */
export function headlineBreaks(title: string): number[] {
  const breaks: number[] = []
  let start = 0
  for (const part of title.split('\u3000')) {
    for (const at of partBreaks(part)) breaks.push(start + at)
    start += part.length + 1
  }
  return breaks
}

function partBreaks(part: string): number[] {
  const gaps = gapScores(part)
  const letters = lettersBefore(part)
  const width = widthBefore(part)
  // Spaces break lines on their own: they bound the stretches between breaks as the ends do.
  const fixed = [0, part.length, ...[...part.matchAll(/\s+/gu)].flatMap((m) => [m.index, m.index + m[0].length])]
  const chosen: number[] = []
  const around = (at: number) => {
    const all = [...fixed, ...chosen]
    const before = Math.max(...all.filter((b) => b < at))
    const after = Math.min(...all.filter((b) => b > at))
    return { before, after }
  }
  const allowed = (at: number) => {
    const { before, after } = around(at)
    return letters[at]! - letters[before]! >= MIN_LETTERS && letters[after]! - letters[at]! >= MIN_LETTERS
  }
  const imbalance = (at: number) => {
    const { before, after } = around(at)
    return Math.abs(width[at]! - width[before]! - (width[after]! - width[at]!))
  }
  /** The best gap among `pool` that may still be taken: highest score, then nearest the middle. */
  const best = (pool: Array<{ at: number; score: number }>) =>
    pool
      .filter((g) => !chosen.includes(g.at) && allowed(g.at))
      .sort((a, b) => b.score - a.score || imbalance(a.at) - imbalance(b.at))[0]
  const good = gaps.filter((g) => g.score > 0)
  for (let g = best(good); g; g = best(good)) chosen.push(g.at)
  // Phrases still wider than a line: the weaker gaps inside them, the most even first.
  const weak = gaps.filter((g) => g.score <= 0)
  const split = (lo: number, hi: number): void => {
    if (width[hi]! - width[lo]! <= MAX_EM) return
    const g = best(weak.filter((w) => w.at > lo && w.at < hi))
    if (!g) return
    chosen.push(g.at)
    split(lo, g.at)
    split(g.at, hi)
  }
  const bounds = [...fixed, ...chosen].sort((a, b) => a - b)
  for (let i = 1; i < bounds.length; i++) split(bounds[i - 1]!, bounds[i]!)
  return chosen.sort((a, b) => a - b)
}
