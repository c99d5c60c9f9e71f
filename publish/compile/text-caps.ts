// The caps checked on raw text, in one pass over its lines, before any parser sees it (the caps
// and why: caps.ts). Each kind of excess is reported once, at its first line, so a huge file gives
// a short list; any excess means the text is not parsed at all.
import { CAPS, count } from './caps'
import type { Problems } from './problems'

type Report = (line: number, message: string) => void

/** The first line of each excess reported; whether the text is within every cap. */
function reporter(file: string, firstLine: number, problems: Problems) {
  const seen = new Set<string>()
  const report = (kind: string) => (line: number, message: string) => {
    if (seen.has(kind)) return
    seen.add(kind)
    problems.add(file, message, { line: line + firstLine - 1 })
  }
  return { report, ok: () => seen.size === 0 }
}

function checkLine(text: string, line: number, report: Report): void {
  if (text.length > CAPS.lineChars)
    report(line, `这一行有 ${count(text.length)} 个字符，超过每行 ${count(CAPS.lineChars)} 个字符的上限：请分段`)
}

/** A list item's marker (- * + 1. 1)) or a quotation's >, after up to three spaces. */
const CONTAINER = /^ {0,3}(>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/
const DIRECTIVE_OPEN = /^ {0,3}:{3,}[A-Za-z]/
const DIRECTIVE_CLOSE = /^ {0,3}:{3,}\s*$/
const MARKS = /[*_[\]]/g

const indentOf = (line: string) => {
  let width = 0
  for (const ch of line) {
    if (ch === ' ') width++
    else if (ch === '\t') width += 4 - (width % 4)
    else break
  }
  return width
}

/**
 * A Markdown body (starting at `firstLine` of `file`): line length, paragraph length, marks per
 * paragraph, how deep lists, quotations and directives nest, and how many lines they take. A list item's lines stay inside
 * it while they are indented to its text, as CommonMark reads them.
 */
export function checkMarkdownCaps(body: string, file: string, firstLine: number, problems: Problems): boolean {
  const { report, ok } = reporter(file, firstLine, problems)
  const lists: number[] = [] // the column each open list item's text starts at
  let directives = 0
  let containers = 0
  let paragraph = { line: 0, chars: 0, marks: 0 }
  const lines = body.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!
    const line = i + 1
    checkLine(text, line, report('line'))
    if (text.trim() === '') {
      paragraph = { line: 0, chars: 0, marks: 0 }
      continue
    }
    if (paragraph.line === 0) paragraph.line = line
    paragraph.chars += text.length + 1
    paragraph.marks += text.match(MARKS)?.length ?? 0
    if (paragraph.chars > CAPS.paragraphChars)
      report('paragraph')(
        paragraph.line,
        `这一段超过每段 ${count(CAPS.paragraphChars)} 个字符的上限（段与段之间空一行）：请分段`,
      )
    if (paragraph.marks > CAPS.paragraphMarks)
      report('marks')(
        paragraph.line,
        `这一段的 Markdown 标记（* _ [ ]）超过每段 ${CAPS.paragraphMarks} 个的上限：请减少强调和链接，或分段`,
      )

    let column = indentOf(text)
    while (lists.length > 0 && column < lists.at(-1)!) lists.pop()
    if (DIRECTIVE_CLOSE.test(text)) directives = Math.max(0, directives - 1)
    else if (DIRECTIVE_OPEN.test(text)) directives++
    let depth = lists.length + directives
    let rest = text.slice(text.length - text.trimStart().length)
    for (let m = CONTAINER.exec(rest); m; m = CONTAINER.exec(rest)) {
      depth++
      column += m[0].length
      if (m[1] !== '>') lists.push(column)
      rest = rest.slice(m[0].length)
      if (depth > CAPS.nesting) break
    }
    if (depth > 0 && ++containers > CAPS.containerLines)
      report('containers')(line, `列表、引语和指令的行数超过每篇 ${CAPS.containerLines} 行的上限：请删减，或拆成几篇`)
    if (depth > CAPS.nesting)
      report('nesting')(
        line,
        `列表、引语和指令套了 ${depth} 层以上，超过 ${CAPS.nesting} 层的上限：稿件里的列表和引语只用一层`,
      )
  }
  return ok()
}

const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g

/**
 * A YAML text (front matter, issue.yaml): line length, and how deep mappings, lists and flow
 * brackets nest (by indentation, "- " and brackets outside quotes; a comment is not counted).
 */
export function checkYamlCaps(yaml: string, file: string, firstLine: number, problems: Problems): boolean {
  const { report, ok } = reporter(file, firstLine, problems)
  const indents: number[] = []
  let flow = 0
  const lines = yaml.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!
    checkLine(text, i + 1, report('line'))
    const code = text.replace(QUOTED, '""').replace(/(^|\s)#.*$/, '')
    if (code.trim() === '') continue
    const indent = indentOf(code)
    while (indents.length > 0 && indents.at(-1)! >= indent) indents.pop()
    indents.push(indent)
    const dashes = /^(?:\s*-(?:\s|$))*/.exec(code)![0].split('-').length - 1
    let deepest = flow
    for (const ch of code) {
      if (ch === '[' || ch === '{') deepest = Math.max(deepest, ++flow)
      else if ((ch === ']' || ch === '}') && flow > 0) flow--
    }
    const depth = indents.length + dashes + deepest
    if (depth > CAPS.yamlNesting)
      report('nesting')(i + 1, `YAML 套了 ${depth} 层以上，超过 ${CAPS.yamlNesting} 层的上限：请按编辑指南的格式写`)
  }
  return ok()
}
