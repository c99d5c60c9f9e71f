// Bad content is refused fast and by name: each oversized, over-nested, mis-dated or misnamed file
// gets a message naming its file (and line, where it has one) and what the cap or the rule is,
// within seconds, before anything is parsed where the cap allows. Content just inside every cap
// still compiles in seconds: nothing that passes the caps makes the compiler slow down faster
// than the text grows.
import { readFile } from 'node:fs/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { CAPS, count, size } from '../../publish/compile/caps'
import { compileContent } from '../../publish/compile/content'
import { FIELD_CAPS } from '../../publish/schema'
import { ARTICLE, type BadCase, capCases, dateCases, nameCases, problemsOf, prose, withBody } from './bad-content'
import { copyContent } from './content-copy'

const REFUSED_WITHIN_MS = 5_000
let tried = 0
let refusedByName = 0

afterAll(() => console.log(`reliability: bad files tried ${tried}, refused by name ${refusedByName}`))

async function refuse([, breakIt, expected]: BadCase) {
  const dir = await copyContent()
  await breakIt(dir)
  tried++
  const t = performance.now()
  const problems = await problemsOf(() => compileContent(dir))
  const ms = performance.now() - t
  expect(problems.join('\n')).toMatch(expected)
  expect(ms).toBeLessThan(REFUSED_WITHIN_MS)
  refusedByName++
  return { problems, ms }
}

describe('content over a cap is refused by file and line, saying what the cap is', () => {
  it.each(capCases)('%s', async (...c) => {
    const { ms } = await refuse(c)
    if (c[0] === 'a 5 MB article') expect(ms).toBeLessThan(1_000) // from its size, never parsed
  })
})

describe('dates outside what the paper may print are refused by name', () => {
  it.each(dateCases)('%s', async (...c) => void (await refuse(c)))
})

describe('file names that cannot be part of an address are refused, saying so', () => {
  it.each(nameCases)('%s', async (...c) => {
    const { problems } = await refuse(c)
    expect(problems, 'the name is all that is wrong').toHaveLength(1)
  })
})

describe('content just inside every cap', () => {
  /** Bodies as heavy as the caps allow, each in the shape that slows the parser or the lint most. */
  const atCap: Array<[string, () => Promise<string>]> = [
    ['paragraphs of 4,900 characters', async () => `${await prose(4_900)}\n\n`.repeat(13)],
    ['9,500 short paragraphs', async () => '株洲日报讯。\n\n'.repeat(9_500)],
    ['200 emphasis marks a paragraph', async () => `${'*株洲'.repeat(200)}\n\n`.repeat(135)],
    ['200 link brackets a paragraph', async () => `${'[株洲'.repeat(200)}\n\n`.repeat(135)],
    ['100 links a paragraph', async () => `${'[株洲](https://a.cn) '.repeat(100)}\n\n`.repeat(80)],
    ['braces, which the lint reads one by one', async () => `${'{株'.repeat(2_400)}\n\n`.repeat(20)],
    ['quotation marks eight deep', async () => `${'“株'.repeat(8)}${'”'.repeat(8)}\n\n`.repeat(2_600)],
    ['500 quotations among paragraphs', async () => `> 株洲\n\n${await prose(120)}\n\n`.repeat(500)],
    ['500 list items among paragraphs', async () => `- 株洲\n\n${await prose(120)}\n\n`.repeat(500)],
    [
      '480 lines of lists four deep among paragraphs',
      async () => `${'- - - - 株洲\n'.repeat(4)}\n${await prose(460)}\n\n`.repeat(120),
    ],
  ]

  it.each(atCap)('compiles in seconds: %s', async (name, body) => {
    const dir = await copyContent()
    const text = await body()
    await withBody(dir, text)
    const bytes = Buffer.byteLength(text)
    expect(bytes, 'the body is near the size cap').toBeGreaterThan(CAPS.articleBytes * 0.8)
    const t = performance.now()
    const problems = await problemsOf(() => compileContent(dir))
    const ms = Math.round(performance.now() - t)
    console.log(`at the cap: ${name}, ${Math.round(bytes / 1024)} KB, compiled in ${ms} ms`)
    expect(problems.join('\n')).not.toMatch(/上限/)
    expect(problems.every((p) => p.startsWith(ARTICLE) || p.includes(ARTICLE))).toBe(true)
    expect(ms).toBeLessThan(REFUSED_WITHIN_MS)
  })
})

describe('the editors’ guide', () => {
  it('lists every cap with the value the publisher applies', async () => {
    const guide = await readFile('content/README.md', 'utf8')
    const table = guide.slice(guide.indexOf('## 上限'))
    const row = (label: string) => table.split('\n').find((l) => l.startsWith(`| ${label}`)) ?? ''
    expect(row('每篇稿件文件')).toContain(size(CAPS.articleBytes))
    expect(row('每期稿件文件合计')).toContain(size(CAPS.issueBytes))
    expect(row('每期稿件数')).toContain(`${CAPS.articles} 篇`)
    expect(row('`issue.yaml`')).toContain(size(CAPS.issueYamlBytes))
    expect(row('`paper.json`')).toContain(size(CAPS.paperBytes))
    expect(row('稿件开头')).toContain(size(CAPS.frontMatterBytes))
    expect(row('每行')).toContain(`${count(CAPS.lineChars)} 个字符`)
    expect(row('每段（')).toContain(`${count(CAPS.paragraphChars)} 个字符`)
    expect(row('每段里的')).toContain(`${CAPS.paragraphMarks} 个`)
    expect(row('列表、引语、指令套用')).toContain(`${CAPS.nesting} 层`)
    expect(row('每篇里列表')).toContain(`${CAPS.containerLines} 行`)
    expect(row('引号、括号')).toContain(`${CAPS.pairNesting} 层`)
    expect(row('YAML')).toContain(`${CAPS.yamlNesting} 层`)
    expect(row('`title`')).toContain(`${FIELD_CAPS.title} 字`)
    expect(FIELD_CAPS.kicker).toBe(FIELD_CAPS.title)
    expect(FIELD_CAPS.subtitle).toBe(FIELD_CAPS.title)
    expect(row('`summary`')).toContain(`${FIELD_CAPS.summary} 字`)
    expect(row('`dateline`')).toContain(`${FIELD_CAPS.dateline} 字`)
    expect(FIELD_CAPS.name).toBe(FIELD_CAPS.dateline)
    expect(row('`number`')).toContain(`${FIELD_CAPS.number} 字`)
    expect(row('`description`')).toContain(`${FIELD_CAPS.description} 字`)
    expect(row('每条更正')).toContain(`${FIELD_CAPS.note} 字`)
    expect(row('每个标签')).toContain(`${FIELD_CAPS.tag} 字`)
    expect(row('`byline`')).toContain(`${FIELD_CAPS.byline} 人`)
    expect(row('`tags`')).toContain(`${FIELD_CAPS.tags} 个`)
    expect(row('`corrections`')).toContain(`${FIELD_CAPS.corrections} 条`)
    expect(row('每个版面')).toContain(`${FIELD_CAPS.editors} 人`)
  })
})
