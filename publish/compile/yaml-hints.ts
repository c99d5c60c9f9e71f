// What a YAML syntax error means for an editor, in Chinese, with the fix: the slips made typing
// front matter and issue.yaml on a Chinese keyboard (a full-width colon or quotes, a tab) first,
// then the parser's other errors by kind.
import type { YAMLError } from 'yaml'

export interface YamlHint {
  /** 0-based index into the source's lines. */
  line: number
  message: string
}

/** A value that opens a quote: `key: "…`, `- '…`, `{ key: "…`. */
const OPENS_QUOTE = /(?:^\s*-\s+|:\s+|[{[,]\s*)(["'])/

/** The first line, up to `upTo`, whose value opens a quote it does not close. */
function unclosedQuote(lines: string[], upTo: number): { line: number; quote: string } | undefined {
  for (let i = 0; i <= Math.min(upTo, lines.length - 1); i++) {
    const text = lines[i] ?? ''
    const m = OPENS_QUOTE.exec(text)
    if (!m?.[1]) continue
    const quote = m[1]
    // '' is a quote inside '…'; \" inside "…".
    const rest = text.slice((m.index ?? 0) + m[0].length)
    const closed = quote === "'" ? /(^|[^'])'(?!')/.test(rest.replace(/''/g, '')) : /(^|[^\\])"/.test(rest)
    if (!closed) return { line: i, quote }
  }
  return undefined
}

/** A value that starts with a full-width quote, as if it were YAML's. */
const OPENS_FULL_WIDTH_QUOTE = /(?:^\s*-\s+|:\s+|[{[,]\s*)“/

/** The first line, up to `upTo`, that opens more `open` than it closes. */
function unclosedBracket(lines: string[], upTo: number, open: string, close: string): number | undefined {
  for (let i = 0; i <= Math.min(upTo, lines.length - 1); i++) {
    const text = (lines[i] ?? '').replace(/"[^"]*"|'[^']*'/g, '')
    if (text.split(open).length > text.split(close).length) return i
  }
  return undefined
}

const FULL_WIDTH_COLON = /^\s*(?:-\s+)?[^\s:：#"'“]+\s*：/

/** The editor's reading of `error`; `lines` is the YAML's source, `line` the error's (0-based). */
export function yamlHint(error: YAMLError, lines: string[], line: number): YamlHint {
  const text = lines[line] ?? ''
  if (FULL_WIDTH_COLON.test(text))
    return {
      line,
      message: '字段名后面用了全角冒号“：”：请改成英文冒号加一个空格，如 title: 标题',
    }
  if (error.code === 'TAB_AS_INDENT' || /^\s*\t/.test(text))
    return { line, message: '这一行用制表符（Tab）缩进：YAML 只能用空格缩进，请把 Tab 换成空格' }
  if (error.code === 'MISSING_CHAR' && /closing .?quote/.test(error.message)) {
    const open = unclosedQuote(lines, line)
    const at = open?.line ?? line
    const quote = open?.quote ?? (error.message.includes('"') ? '"' : "'")
    return { line: at, message: `引号没有闭合：这一行的 ${quote} 后面缺少配对的 ${quote}，请补上或去掉引号` }
  }
  // A bracket left open trips the parser lines later (as bad indentation or a missing ]).
  for (const [open, close] of [
    ['[', ']'],
    ['{', '}'],
  ] as const) {
    const at = unclosedBracket(lines, line, open, close)
    if (at !== undefined) return { line: at, message: `${open} 没有闭合：这一行缺少配对的 ${close}，请补上` }
  }
  if (OPENS_FULL_WIDTH_QUOTE.test(text))
    return {
      line,
      message:
        '中文引号“”不能当 YAML 的引号用：值里有冒号、# 等符号时，请用英文引号 " " 把整个值括起来，' +
        '如 title: "株洲: 新闻"；中文引号可以留在英文引号里面',
    }
  return {
    line,
    message: `YAML 格式不对（${CODES[error.code] ?? error.message.split('\n')[0]}）：请对照 content/README.md 的例子检查这一行`,
  }
}

/** The parser's other errors, as an editor can act on them. */
const CODES: Partial<Record<YAMLError['code'], string>> = {
  DUPLICATE_KEY: '同一个字段写了两次',
  BAD_INDENT: '缩进不对，同一层的字段要对齐',
  MULTILINE_IMPLICIT_KEY: '字段名后面缺少冒号和空格，或一个值跨了几行',
  BLOCK_AS_IMPLICIT_KEY: '一行里有两个“字段: 值”，值里有冒号时请用英文引号括起来',
  MISSING_CHAR: '缺少配对的括号或引号',
  UNEXPECTED_TOKEN: '有多余的符号',
}
