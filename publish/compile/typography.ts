// Chinese typography lint: zhlint for punctuation and spacing, plus the bracket and quote balance
// zhlint does not check. Messages name the file, line and field.
import { run } from 'zhlint'
import { CAPS } from './caps'
import { hiddenInLabel, hiddenInText } from './hidden-chars'
import type { SourceText } from './markdown'
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

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '（': '）', '【': '】', '《': '》', '「': '」' }
const CLOSERS = new Set(Object.values(PAIRS))
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
    if (hidden) report(`holds an invisible, control or bidi character (${hidden}): retype it`)
    const forLint = HEADLINE_FIELDS.has(field) ? text.replace(/(?<=\S)\u3000(?=\S)/gu, '') : text
    if (!HEADLINE_FIELDS.has(field) && text.includes('\u3000'))
      report('ideographic space (　) belongs only in headlines')
    const gap = CJK_GAP.exec(forLint)
    if (gap) report(`space between Chinese characters: "${gap[0]}"`)
    // zhlint reads nested marks by recursion: nested thousands deep, it would overflow the stack.
    if (deepestPair(text) > CAPS.pairNesting) {
      report(`引号和括号套了 ${CAPS.pairNesting} 层以上，超过 ${CAPS.pairNesting} 层的上限`)
      continue
    }
    const result = run(forLint, { rules, hyperParse: [] })
    for (const v of result.validations) {
      report(`${v.message}: near "${forLint.slice(Math.max(0, v.index - 4), v.index + 5)}"`)
    }
    const unbalanced = firstUnbalanced(text)
    if (unbalanced) report(`unbalanced ${unbalanced}`)
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

function firstUnbalanced(text: string): string | undefined {
  const stack: string[] = []
  for (const ch of text) {
    if (PAIRS[ch]) stack.push(PAIRS[ch])
    else if (CLOSERS.has(ch) && stack.pop() !== ch) return `"${ch}" (no matching opening mark)`
  }
  const open = stack.pop()
  return open ? `quote or bracket: "${open}" is never closed` : undefined
}
