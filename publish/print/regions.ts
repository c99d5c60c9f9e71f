// Where each story stands on its printed page, found from the PDF's own text: every run of text
// on the page goes to the story whose words it carries (4-character shingles of letters and
// digits, so punctuation and spacing that layout changes do not matter), and a story's runs are
// merged into as few boxes as cover them without covering anyone else's text. A rectangular
// story gives one box; an L-shaped one, two or three. Pure: no I/O.
import type { Box } from '../../core/model'
import type { TextRun } from './pdf'

export interface StoryText {
  id: string
  /** Everything the story prints: kicker, headline, byline, body, captions. */
  texts: string[]
}

export interface Found {
  /** Each story's boxes, by id; a story found too little of is absent. */
  regions: Map<string, Box[]>
  /** How much of each story's text was found on the page (0–1), by id. */
  found: Map<string, number>
}

/** A run is a story's when at least this share of its shingles are the story's. */
const RUN_MATCH = 0.5
/** A story is placed when at least this share of its text is found on the page. */
export const STORY_FOUND = 0.5
const N = 4
/** At most this many boxes per story: beyond, the largest. */
const MAX_BOXES = 6
/** Points a box is widened by on each side: a line's ink runs a little past its measured box. */
const PAD = 1.5

/** Letters and digits only, in one form: what survives any typesetting. */
export const normalize = (s: string) =>
  [...s.normalize('NFKC').toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c)).join('')

const shingles = (s: string) => {
  const out: string[] = []
  for (let i = 0; i + N <= s.length; i++) out.push(s.slice(i, i + N))
  return out
}

interface Rect {
  x0: number
  y0: number
  x1: number
  y1: number
}
const rectOf = (r: TextRun): Rect => ({ x0: r.x, y0: r.y, x1: r.x + r.w, y1: r.y + r.h })
const union = (a: Rect, b: Rect): Rect => ({
  x0: Math.min(a.x0, b.x0),
  y0: Math.min(a.y0, b.y0),
  x1: Math.max(a.x1, b.x1),
  y1: Math.max(a.y1, b.y1),
})
/** Overlap by more than a sliver: touching boxes and a descender's reach do not count. */
const overlaps = (a: Rect, b: Rect) =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 1

export function findRegions(runs: TextRun[], stories: StoryText[], size: [number, number]): Found {
  const sets = stories.map((s) => new Set(shingles(normalize(s.texts.join('')))))
  const lengths = stories.map((s) => normalize(s.texts.join('')).length)
  const owner: Array<number | undefined> = []
  const matched = stories.map(() => 0)
  /** Runs that are surely no story's (a masthead, an advertisement): no region may cover them. */
  const strangers: Rect[] = []
  for (const run of runs) {
    const text = normalize(run.text)
    const grams = shingles(text)
    const scores = sets.map((set) => (grams.length === 0 ? 0 : grams.filter((g) => set.has(g)).length / grams.length))
    const likely = scores.flatMap((score, i) => (score >= RUN_MATCH ? [i] : []))
    const best = likely.sort((a, b) => scores[b]! - scores[a]!)[0]
    // Two stories' equally (a byline both share): it neither places nor blocks either.
    const mine = best !== undefined && likely.every((i) => i === best || scores[i]! < scores[best]!) ? best : undefined
    owner.push(mine)
    if (mine !== undefined) matched[mine]! += text.length
    // Too short to tell (a lone character, a number) is no one's either.
    else if (likely.length === 0 && text.length >= N) strangers.push(rectOf(run))
  }
  const regions = new Map<string, Box[]>()
  const found = new Map<string, number>()
  stories.forEach((story, i) => {
    const share = lengths[i] ? Math.min(1, matched[i]! / lengths[i]!) : 0
    found.set(story.id, share)
    if (share < STORY_FOUND) return
    const others = [...strangers, ...runs.filter((_, j) => owner[j] !== undefined && owner[j] !== i).map(rectOf)]
    const boxes = together(merge(runs.filter((_, j) => owner[j] === i).map(rectOf), others))
    regions.set(
      story.id,
      boxes.slice(0, MAX_BOXES).map((r) => toBox(r, size)),
    )
  })
  return { regions, found }
}

/** Boxes further than this from the rest of a story are a phrase it shares with another place (a date in the masthead). */
const GAP = 30
const gap = (a: Rect, b: Rect) => Math.max(0, a.x0 - b.x1, b.x0 - a.x1, a.y0 - b.y1, b.y0 - a.y1)

/** The largest box and those within GAP of it, or of one within GAP of it: the story as printed. */
function together(rects: Rect[]): Rect[] {
  const kept = rects.slice(0, 1)
  const rest = rects.slice(1)
  for (let grew = true; grew; ) {
    grew = false
    for (let i = 0; i < rest.length; i++)
      if (kept.some((k) => gap(k, rest[i]!) <= GAP)) {
        kept.push(...rest.splice(i, 1))
        grew = true
        i--
      }
  }
  return kept
}

/** Merges boxes pairwise while the merged box covers no one else's text; largest first. */
function merge(mine: Rect[], others: Rect[]): Rect[] {
  const rects = [...mine].sort((a, b) => a.x0 - b.x0 || a.y0 - b.y0)
  let merged = true
  while (merged) {
    merged = false
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) {
        const u = union(rects[i]!, rects[j]!)
        if (others.some((o) => overlaps(u, o))) continue
        rects[i] = u
        rects.splice(j, 1)
        j--
        merged = true
      }
  }
  const area = (r: Rect) => (r.x1 - r.x0) * (r.y1 - r.y0)
  return rects.sort((a, b) => area(b) - area(a))
}

const round = (n: number) => Math.round(n * 10) / 10

function toBox(r: Rect, [w, h]: [number, number]): Box {
  const x0 = Math.max(0, r.x0 - PAD)
  const y0 = Math.max(0, r.y0 - PAD)
  const x1 = Math.min(w, r.x1 + PAD)
  const y1 = Math.min(h, r.y1 + PAD)
  return [round(x0), round(y0), round(x1 - x0), round(y1 - y0)]
}

/** The share of two regions' area they have in common (intersection over union), exactly. */
export function iou(a: Box[], b: Box[]): number {
  const xs = [...new Set([...a, ...b].flatMap(([x, , w]) => [x, x + w]))].sort((p, q) => p - q)
  const ys = [...new Set([...a, ...b].flatMap(([, y, , h]) => [y, y + h]))].sort((p, q) => p - q)
  const inside = (boxes: Box[], x: number, y: number) =>
    boxes.some(([bx, by, bw, bh]) => x >= bx && x < bx + bw && y >= by && y < by + bh)
  let both = 0
  let either = 0
  for (let i = 0; i + 1 < xs.length; i++)
    for (let j = 0; j + 1 < ys.length; j++) {
      const cell = (xs[i + 1]! - xs[i]!) * (ys[j + 1]! - ys[j]!)
      const inA = inside(a, xs[i]!, ys[j]!)
      const inB = inside(b, xs[i]!, ys[j]!)
      if (inA && inB) both += cell
      if (inA || inB) either += cell
    }
  return either === 0 ? 0 : both / either
}
