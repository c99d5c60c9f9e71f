// Chinese typography lint: zhlint for punctuation and spacing, plus the bracket and quote balance
// zhlint does not check. Messages name the file, line and field.
import { run } from 'zhlint'
import { CAPS } from './caps'
import { hiddenInLabel, hiddenInText } from './hidden-chars'
import type { SourceText } from './markdown'
import { CLOSERS, PAIRS } from './pairs'
import type { Problems } from './problems'

const rules = {
  fullwidthPunctuation: '，。：；？！“”‘’（）',
  unifiedPunctuation: 'simplified',
  noSpaceBetweenFullwidthContent: true,
  spaceBetweenMixedwidthContent: false,
  noSpaceBeforePauseOrStop: true,
  noSpaceAfterFullwidthPauseOrStop: true,
  noSpaceOutsideFullwidthQuotation: true,
  noSpaceInsideQuotation: true,
  noSpaceOutsideFullwidthBracket: true,
  noSpaceInsideBracket: true,
  trimSpace: true,
} as const

const HAN = '\\p{Script=Han}'
const CJK_GAP = new RegExp(
  `[${HAN}，。、；：！？”）》】][ \\t\\u00a0]+[${HAN}“（《【]|[${HAN}][ \\t\\u00a0]+[，。、；：！？”）》】]`,
  'u',
)
/** Headlines may break into phrases with one ideographic space; body text never. */
const HEADLINE_FIELDS = new Set(['kicker', 'title', 'subtitle', 'heading'])

export function lintTypography(file: string, texts: SourceText[], problems: Problems): void {
  for (const { text, line, field } of texts) {
    const report = (message: string) => problems.add(file, message, { line, field })
    const hidden = HEADLINE_FIELDS.has(field) ? hiddenInLabel(text) : hiddenInText(text)
    if (hidden) report(`有看不见的字符（${hidden}）：请重新输入这一段`)
    const forLint = HEADLINE_FIELDS.has(field) ? text.replace(/(?<=\S)\u3000(?=\S)/gu, '') : text
    if (!HEADLINE_FIELDS.has(field) && text.includes('\u3000')) report('全角空格（　）只能用在标题里：正文里请删掉')
    const gap = CJK_GAP.exec(forLint)
    if (gap) report(`汉字之间有空格：“${gap[0]}”，请删掉空格`)
    // zhlint reads nested marks by recursion: nested thousands deep, it would overflow the stack.
    if (deepestPair(text) > CAPS.pairNesting) {
      report(`引号和括号套了 ${CAPS.pairNesting} 层以上，超过 ${CAPS.pairNesting} 层的上限`)
      continue
    }
    const result = run(forLint, { rules, hyperParse: [] })
    for (const v of result.validations) {
      report(`${v.message}：在“${forLint.slice(Math.max(0, v.index - 4), v.index + 5)}”附近`)
    }
    const unbalanced = firstUnbalanced(text)
    if (unbalanced) report(unbalanced)
  }
}

function deepestPair(text: string): number {
  let depth = 0
  let deepest = 0
  for (const ch of text) {
    if (PAIRS[ch]) deepest = Math.max(deepest, ++depth)
    else if (CLOSERS.has(ch) && depth > 0) depth--
  }
  return deepest
}

/** The first mark without its partner, named as an editor fixes it: the opening mark left open, or the stray closer. */
function firstUnbalanced(text: string): string | undefined {
  const open: string[] = []
  for (const ch of text) {
    const closer = PAIRS[ch]
    if (closer) open.push(ch)
    else if (CLOSERS.has(ch)) {
      const opener = open.pop()
      if (opener === undefined) return `多了一个 ${ch}：前面没有和它配对的 ${openerOf(ch)}`
      if (PAIRS[opener] !== ch) return `${opener} 没有闭合：这里应该先写 ${PAIRS[opener]}，再写 ${ch}`
    }
  }
  const last = open.pop()
  return last ? `${last} 没有闭合：请在后面补上 ${PAIRS[last]}` : undefined
}

const openerOf = (closer: string) => Object.keys(PAIRS).find((k) => PAIRS[k] === closer) ?? ''
