// Tokens for the inverted index. Chinese has no spaces, so Han runs become overlapping bigrams;
// letters and digits of other scripts stay whole words. The same code runs at publish time and
// per request, so index and query always agree.

const HAN = /\p{Script=Han}/u
const WORD = /[\p{L}\p{N}\p{M}]/u

/** NFKC folds full-width forms (３００ → 300, Ｇ → G, U+3000 → space) before lowercasing. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

/** A maximal run of Han or of other word characters, in normalized text. */
export interface Run {
  han: boolean
  chars: string[]
  /** The run touches the start or the end of the text it came from. */
  edge: boolean
}

export function runsOf(normalized: string): Run[] {
  const runs: Run[] = []
  const chars = Array.from(normalized) // code points, so astral Han never splits
  let run: Run | null = null
  for (const [i, c] of chars.entries()) {
    const han = HAN.test(c)
    if (!han && !WORD.test(c)) {
      run = null
      continue
    }
    if (!run || run.han !== han) {
      run = { han, chars: [], edge: i === 0 }
      runs.push(run)
    }
    run.chars.push(c)
    if (i === chars.length - 1) run.edge = true
  }
  return runs
}

function runTokens(run: Run): string[] {
  if (!run.han || run.chars.length === 1) return [run.chars.join('')]
  return run.chars.slice(1).map((c, i) => run.chars[i] + c)
}

/** Unique tokens of a text: Han bigrams (a lone Han char stands alone), other words whole. */
export function tokenize(text: string): string[] {
  return [...new Set(runsOf(normalize(text)).flatMap(runTokens))]
}

/**
 * The tokens a document MUST have in its postings if it contains `term` (normalized) as a
 * substring. Han bigrams always qualify. A whole-run token (a word, or a lone Han char) only
 * qualifies when the run is closed on both sides inside the term: at the term's edge the
 * document's run may go on ("30" inside "300", "站" inside "车站"), so its token differs.
 * Terms left with no sure token are checked by scanning the candidates instead.
 */
export function requiredTokens(term: string): string[] {
  const sure = runsOf(term).flatMap((run) => ((run.han && run.chars.length > 1) || !run.edge ? runTokens(run) : []))
  return [...new Set(sure)]
}
