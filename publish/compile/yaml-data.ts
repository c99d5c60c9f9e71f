// YAML parsed with line positions, then checked against a schema; each issue names its line.
import * as v from 'valibot'
import { isMap, LineCounter, type Node, parseDocument, visit } from 'yaml'
import type { Problems } from './problems'

export interface Parsed<T> {
  value: T
  /** The line a field's value stands on, for messages about it later. */
  lineOfField: (path: (string | number)[]) => number
}

/**
 * Parses `source` (which starts at `firstLine` of `file`) and validates it.
 * Returns undefined, with problems added, when it is malformed or invalid.
 */
export function parseYaml<S extends v.GenericSchema>(
  source: string,
  schema: S,
  file: string,
  problems: Problems,
  firstLine = 1,
): Parsed<v.InferOutput<S>> | undefined {
  const lines = new LineCounter()
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false })
  const lineOf = (offset: number) => lines.linePos(offset).line + firstLine - 1
  if (doc.errors.length > 0) {
    for (const e of doc.errors)
      problems.add(file, `malformed YAML: ${e.message.split('\n')[0]}`, { line: lineOf(e.pos[0]) })
    return undefined
  }
  // Anchors and aliases (&a, *a) have no place in an article's front matter, and an alias bomb
  // could blow up: each is refused where it stands.
  let aliases = 0
  visit(doc, {
    Alias(_, node) {
      aliases++
      problems.add(file, `YAML aliases (*${node.source}) are not allowed: write the value out`, {
        line: lineOf(node.range?.[0] ?? 0),
      })
    },
  })
  if (aliases > 0) return undefined
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 0 })
  } catch (e) {
    problems.add(file, `malformed YAML: ${(e as Error).message.split('\n')[0]}`, { line: firstLine })
    return undefined
  }
  const result = v.safeParse(schema, data)
  if (result.success) {
    const lineOfField = (path: (string | number)[]) => {
      const at = (doc.getIn(path, true) as Node | undefined)?.range?.[0]
      return at === undefined ? firstLine : lineOf(at)
    }
    return { value: result.output, lineOfField }
  }
  for (const issue of result.issues) {
    const path = (issue.path ?? []).map((p) => p.key as string | number)
    const field = path.join('.') || undefined
    const node = path.length > 0 ? (doc.getIn(path, true) as Node | undefined) : undefined
    const parent = path.length > 1 ? (doc.getIn(path.slice(0, -1), true) as Node | undefined) : doc.contents
    const at = node?.range?.[0] ?? (isMap(parent) ? undefined : parent?.range?.[0])
    const message = issue.kind === 'schema' && issue.input === undefined ? 'is missing' : issue.message
    problems.add(file, message, { field, line: at === undefined ? firstLine : lineOf(at) })
  }
  return undefined
}
