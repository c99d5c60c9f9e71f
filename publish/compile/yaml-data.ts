// YAML parsed with line positions, then checked against a schema; each issue names its line.
import * as v from 'valibot'
import { isMap, LineCounter, type Node, parseDocument, visit } from 'yaml'
import type { Problems } from './problems'
import { yamlHint } from './yaml-hints'

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
    const sourceLines = source.split('\n')
    // One problem per line: a slip such as a tab often trips the parser twice.
    const seen = new Set<number>()
    for (const e of doc.errors) {
      const hint = yamlHint(e, sourceLines, lines.linePos(e.pos[0]).line - 1)
      if (seen.has(hint.line)) continue
      seen.add(hint.line)
      problems.add(file, hint.message, { line: hint.line + firstLine })
    }
    return undefined
  }
  // Anchors and aliases (&a, *a) have no place in an article's front matter, and an alias bomb
  // could blow up: each is refused where it stands.
  let aliases = 0
  visit(doc, {
    Alias(_, node) {
      aliases++
      problems.add(file, `不能用 YAML 的别名（*${node.source}）：请把值直接写出来`, {
        line: lineOf(node.range?.[0] ?? 0),
      })
    },
  })
  if (aliases > 0) return undefined
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 0 })
  } catch (e) {
    problems.add(file, `YAML 格式不对（${(e as Error).message.split('\n')[0]}）`, { line: firstLine })
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
    problems.add(file, issueMessage(issue), { field, line: at === undefined ? firstLine : lineOf(at) })
  }
  return undefined
}

const TYPES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  Array: '列表（每项一行，以 - 开头）',
  Object: '“字段: 值”',
  never: '（没有这个字段）',
}

/** A schema's complaint in Chinese: the schemas' own messages are; valibot's defaults are put so here. */
export function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.input === undefined) return '缺少这一项：必须填写'
  if (issue.expected === 'never') return '不认识这个字段：检查拼写，可用的字段见 content/README.md'
  if (!issue.message.startsWith('Invalid ')) return issue.message
  const expected = issue.expected ? (TYPES[issue.expected] ?? issue.expected) : '别的写法'
  return `应该是${expected}，现在写的是 ${issue.received}`
}
