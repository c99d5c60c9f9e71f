// Search over the whole archive, in D1's FTS5. Chinese has no spaces, so the publisher gives FTS5
// the tokens itself: each Han run as its bigrams plus its last character alone, other words
// whole. A query becomes the tokens every answer must hold (a Han character alone matches as a
// prefix: it either starts a bigram or ends a run); the worker then checks each candidate with
// the same substring test as the phone's search (terms.ts).
import { normalize, runsOf } from './tokenize'

/** A document's tokens for FTS5, each once, space-separated. */
export function ftsTokens(title: string, text: string): string {
  const tokens = new Set<string>()
  for (const run of [...runsOf(normalize(title)), ...runsOf(normalize(text))]) {
    const { chars } = run
    if (!run.han) tokens.add(chars.join(''))
    else {
      for (let i = 1; i < chars.length; i++) tokens.add(chars[i - 1]! + chars[i]!)
      tokens.add(chars.at(-1)!)
    }
  }
  return [...tokens].join(' ')
}

const quoted = (token: string) => `"${token}"`

/** The FTS5 query for one normalized term: what any document holding it must hold. */
function termQuery(term: string): string[] {
  const runs = runsOf(term)
  return runs.flatMap((run, i) => {
    const { chars } = run
    const word = chars.join('')
    if (run.han && chars.length > 1) return chars.slice(1).map((c, k) => quoted(chars[k]! + c))
    if (run.han) return [`${quoted(word)}*`]
    // A word at the start of the term may be the end of a longer one in the text ("30" in
    // "1300"): nothing sure, unless it is all there is. One cut by the term's end is a prefix.
    const first = i === 0
    const last = i === runs.length - 1
    if (first && !last) return []
    return [last ? `${quoted(word)}*` : quoted(word)]
  })
}

/** An FTS5 MATCH expression for the terms, or undefined if they ask for nothing. */
export function ftsMatch(terms: string[]): string | undefined {
  const parts = [...new Set(terms.flatMap(termQuery))]
  return parts.length > 0 ? parts.join(' AND ') : undefined
}
