// Search over the whole archive, in D1's FTS5. Chinese has no spaces, so the publisher gives FTS5
// the tokens itself: each Han run as its bigrams plus its last character alone; each other word
// (Latin, digits, any other script) from each of its characters on, WORD_KEY characters of it. A
// query becomes the tokens every answer must hold (a Han character alone matches as a prefix: it
// either starts a bigram or ends a run; a word as a prefix, or whole where the term closes it);
// the worker then checks each candidate with the same substring test as the phone's search
// (terms.ts), so a word found inside another ("30" in "1300", "GPT" in "ChatGPT") is found on
// both.
import { normalize, runsOf } from './tokenize'

/**
 * How many characters of a word the index keeps from each position, and a query looks for: a
 * longer query word is matched by its first WORD_KEY characters, then checked whole.
 */
const WORD_KEY = 16

const keyAt = (chars: string[], at: number) => chars.slice(at, at + WORD_KEY).join('')

/** A document's tokens for FTS5, each once, space-separated. */
export function ftsTokens(title: string, text: string): string {
  const tokens = new Set<string>()
  for (const run of [...runsOf(normalize(title)), ...runsOf(normalize(text))]) {
    const { chars } = run
    if (!run.han) for (let i = 0; i < chars.length; i++) tokens.add(keyAt(chars, i))
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
    // The text's word may go on past the term's end ("30" in "300"): there it is a prefix of the
    // key at its position. Closed by the term, it is that key whole.
    const key = keyAt(chars, 0)
    return [i === runs.length - 1 ? `${quoted(key)}*` : quoted(key)]
  })
}

/** An FTS5 MATCH expression for the terms, or undefined if they ask for nothing. */
export function ftsMatch(terms: string[]): string | undefined {
  const parts = [...new Set(terms.flatMap(termQuery))]
  return parts.length > 0 ? parts.join(' AND ') : undefined
}
