// How good a place each gap between two characters of a headline is to end a line (higher is
// better; absent: never). Numbers with their units, Latin words and quotations of up to six
// characters are single pieces; so are the words Intl.Segmenter finds in the Han between them.

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' })

const OPEN = new Set('“‘（《【「『〈([{<')
const CLOSE = new Set('”’）》】」』〉)]}>')
/** A clause ends after these. */
const CLAUSE = new Set('，、。：；！？…—')
/** Never at the start of a line: they end the phrase before them. */
const PARTICLE = new Set('的地得了着过们等之')
/** After these a phrase has ended (a modifier, a completed verb). */
const ENDS_PHRASE = new Set('的了着')
/** A single character that opens a predicate or a preposition's phrase. */
const STARTS_PHRASE = new Set('获让帮为把被向与和同从对给将在于送助促抓再又也都已仍均需要应可能并及以由赴')
/** Words of time that open a headline's predicate (株洲…|今日开始…). */
const TIME_WORDS =
  '今日 今天 今年 今晚 今起 明天 明日 明年 昨天 昨日 近日 近期 日前 目前 当前 本周 本月 下周 上周 首次 即日 年底'
const TIME = new Set(TIME_WORDS.split(' '))

/** Measure words that count what the noun after them names (3000名|职工 would split the phrase). */
const COUNTS = new Set('名个家位项件条座辆台套批所户只头场届')
const UNIT = '万亿千百十余多个名家人次年月日号时点分秒岁米吨亩项件条位场届期级倍元角里户所座辆台套批天周季'
const DIGIT = '0-9０-９'
/** A number with its unit (and a second for 万元, 人次, 个月): 3000名, 300万元, 3月11日, 9:00, 第12345期, 5.5%, 第十七届. */
const NUMBER = new RegExp(
  `第?(?:[${DIGIT}]+(?:[.,:：．][${DIGIT}]+)*[%％]?(?:[${UNIT}][元次月]?)?)+|第[〇一二三四五六七八九十百千]+[${UNIT}]?`,
  'gu',
)
/** A Latin word, with digits and inner hyphens, apostrophes and dots (5G, COVID-19, Node.js). */
const LATIN = new RegExp(`[\\p{Script=Latin}${DIGIT}]+(?:[-'’.&+][\\p{Script=Latin}${DIGIT}]+)*`, 'gu')
const QUOTE = /“[^“”]{1,6}”|‘[^‘’]{1,6}’|《[^《》]{1,6}》|（[^（）]{1,6}）|【[^【】]{1,6}】|「[^「」]{1,6}」/gu
const HAN = /\p{Script=Han}/u
const LETTER = /[\p{L}\p{N}]/u
const WIDE = /[\p{Script=Han}\u2018-\u201d\u2e80-\u303f\uff00-\uffef]/u

export interface Gap {
  /** The offset (UTF-16) of the character after the gap. */
  at: number
  score: number
}

type Atom = 'quote' | 'latin' | 'number' | false

/** The pieces of `part`: for each UTF-16 offset, the piece it is in; atoms are split at most after a Latin word's inner mark. */
function pieces(part: string): { piece: number[]; size: number[]; atom: Atom[] } {
  const piece = new Array<number>(part.length).fill(-1)
  const size: number[] = []
  const atom: Atom[] = []
  const add = (start: number, end: number, isAtom: Atom) => {
    const id = size.length
    size.push([...part.slice(start, end)].filter((c) => LETTER.test(c)).length)
    atom.push(isAtom)
    for (let i = start; i < end; i++) piece[i] = id
  }
  const free = (start: number, end: number) => piece.slice(start, end).every((p) => p < 0)
  const latin = [...part.matchAll(LATIN)].filter((m) => /\p{Script=Latin}/u.test(m[0]))
  const found = [
    ...[...part.matchAll(QUOTE)].map((m) => [m, 'quote'] as const),
    ...latin.map((m) => [m, 'latin'] as const),
    ...[...part.matchAll(NUMBER)].map((m) => [m, 'number'] as const),
  ]
  for (const [m, kind] of found) if (free(m.index, m.index + m[0].length)) add(m.index, m.index + m[0].length, kind)
  for (const { segment, index } of segmenter.segment(part)) {
    let run = index
    for (let i = index; i <= index + segment.length; i++) {
      if (i < index + segment.length && piece[i]! < 0) continue
      if (i > run) add(run, i, false)
      run = i + 1
    }
  }
  return { piece, size, atom }
}

/** Every gap of `part` where a line may end, scored. */
export function gapScores(part: string): Gap[] {
  const { piece, size, atom } = pieces(part)
  const gaps: Gap[] = []
  const whole = (p: number) => atom[p] !== false || size[p]! >= 2
  for (let at = 1; at < part.length; at++) {
    const a = part[at - 1]!
    const b = part[at]!
    const left = piece[at - 1]!
    const right = piece[at]!
    if (/[\s\udc00-\udfff"'\u3000]/u.test(b) || /[\s"'\u3000]/u.test(a)) continue
    if (CLOSE.has(b) || CLAUSE.has(b) || OPEN.has(a)) continue
    if (left === right && atom[left] !== false) {
      // Only a Latin word too long for a line breaks, and only after its inner mark (Node.|js).
      if (atom[left] === 'latin' && /[-.&+]/u.test(a)) gaps.push({ at, score: -4 })
      continue
    }
    const single = (p: number, set: Set<string>, c: string) => atom[p] === false && size[p] === 1 && set.has(c)
    if (single(right, PARTICLE, b)) continue
    let score: number
    if (CLAUSE.has(a)) score = 4
    else if (OPEN.has(b) || CLOSE.has(a)) score = 3
    else if (left === right) score = HAN.test(a) && HAN.test(b) ? -3 : -1
    else if (atom[left] === 'number' && COUNTS.has(a) && whole(right)) score = -4
    else if (single(left, ENDS_PHRASE, a)) score = 2
    else if (whole(left) && (single(right, STARTS_PHRASE, b) || TIME.has(segmentAt(part, piece, at)))) score = 2
    else if (whole(left) && whole(right)) score = 1
    else score = whole(left) || whole(right) ? -1 : -2
    gaps.push({ at, score })
  }
  return gaps
}

function segmentAt(part: string, piece: number[], at: number): string {
  let end = at
  while (end < part.length && piece[end] === piece[at]) end++
  return part.slice(at, end)
}

/** For each offset, how many letters come before it. */
export function lettersBefore(part: string): number[] {
  return cumulative(part, (c) => (LETTER.test(c) ? 1 : 0))
}

/** For each offset, the width before it in em: Han and full-width marks 1, the rest about 0.6. */
export function widthBefore(part: string): number[] {
  return cumulative(part, (c) => (WIDE.test(c) ? 1 : 0.6))
}

function cumulative(part: string, weigh: (c: string) => number): number[] {
  const sums = [0]
  for (let i = 0; i < part.length; i++) {
    // A character outside the BMP is weighed once, at its first half.
    const low = i > 0 && (part.codePointAt(i - 1) ?? 0) > 0xffff
    const c = String.fromCodePoint(part.codePointAt(i) ?? 0)
    sums.push(sums[i]! + (low ? 0 : weigh(c)))
  }
  return sums
}
