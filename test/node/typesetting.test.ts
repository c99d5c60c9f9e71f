// Typesetting the publisher decides: where a headline may break (titleBreaks) and where a summary
// ends. How the page then lays them out is measured in Chromium (test/browser/headlines.test.ts).
import { describe, expect, it } from 'vitest'
import type { Block } from '../../core/model'
import { flatten } from '../../core/search/docs'
import { summarize } from '../../publish/compile/derive'
import { headlineBreaks } from '../../publish/compile/headline'
import { allTitles, articleSources } from './typeset-sources'

/** The headline cut at its breaks, as "phrase|phrase", the editors' 　 kept. */
const phrased = (title: string) => {
  const breaks = headlineBreaks(title)
  return [0, ...breaks].map((at, i) => title.slice(at, breaks[i])).join('|')
}

const LETTERS = /[\p{L}\p{N}]/gu
const letters = (s: string) => (s.match(LETTERS) ?? []).length
const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）' }

function balanced(text: string): boolean {
  const open: string[] = []
  for (const c of text) {
    if (PAIRS[c]) open.push(PAIRS[c])
    else if (Object.values(PAIRS).includes(c) && open.pop() !== c) return false
  }
  return open.length === 0
}

describe('where a headline may break', () => {
  it('breaks the real headlines between phrases, never inside a word', () => {
    expect(allTitles().map(phrased)).toEqual(
      expect.arrayContaining([
        '书画等级考试|今日开始报名',
        '今年，市总工会　要帮3000名职工|长本领',
        '株洲这一|改革经验|获全省推介',
        '耗资300万元|改造下水道　不通反堵',
        '两会热词|“稳就业”的|株洲实践',
        '“宝妈计划”|帮带孩妈妈|找工作',
        '荷塘区|百余家企业|送岗到社区',
        '测试稿件',
      ]),
    )
  })

  it('never breaks inside a number, a Latin word or a short quotation, nor leaves under 3 characters', () => {
    const extra = [
      '5G基站建设提速　COVID-19疫情后首次全面恢复',
      '2024年3月11日株洲市第十七届人民代表大会第三次会议隆重开幕',
    ]
    for (const title of [...allTitles(), ...extra]) {
      const breaks = headlineBreaks(title)
      const spaces = [...title.matchAll(/\u3000/gu)].map((m) => m.index)
      expect(breaks, title).toEqual([...new Set(breaks)].sort((a, b) => a - b))
      const stretches = [0, ...breaks, ...spaces.map((s) => s + 1), title.length].sort((a, b) => a - b)
      for (const [i, at] of stretches.slice(1).entries()) {
        const stretch = title.slice(stretches[i], at)
        if (breaks.length > 0) expect(letters(stretch), `${phrased(title)}: "${stretch}"`).toBeGreaterThanOrEqual(3)
      }
      const whole = /[A-Za-z]+|\d+(?:[.,:]\d+)*[名个家位万元年月日]?|“[^“”]{1,6}”|《[^《》]{1,6}》|（[^（）]{1,6}）/gu
      for (const m of title.matchAll(whole)) {
        const inside = breaks.filter((b) => b > m.index && b < m.index + m[0].length)
        expect(inside, `${phrased(title)}: "${m[0]}"`).toEqual([])
      }
    }
  })

  it('keeps a longer quotation breakable, and a headline that fits any line needs no break', () => {
    expect(phrased('市民热议“让城市更有温度的十件民生实事”')).toContain('|')
    expect(phrased('湘江二桥封闭')).toBe('湘江二桥封闭')
    expect(headlineBreaks('')).toEqual([])
  })
})

describe('summaries', () => {
  const paragraph = (text: string): Block => ({ t: 'p', c: [text] })
  const firstParagraph = (blocks: Block[]) => {
    const p = blocks.find((b) => b.t === 'p')
    return p && p.t === 'p' ? flatten(p.c).replace(/\s+/g, '') : ''
  }

  /** Whether `summary` of `text` ends where a reader can stop, with every mark closed. */
  function endsWell(summary: string, text: string): boolean {
    if (!balanced(summary)) return false
    if (summary === text) return true
    const cut = summary.replace(/……[”’）》」]*$/u, '')
    if (cut !== summary) return text.startsWith(cut) && /^[，；：、“‘《（]/u.test(text.slice(cut.length))
    return text.startsWith(summary) && /[。！？][”’）》」]*$/u.test(summary)
  }

  it('ends every article’s summary at a sentence or a clause, its quotes and brackets closed', () => {
    const sources = articleSources()
    expect(sources.length).toBeGreaterThanOrEqual(10)
    for (const { file, blocks } of sources) {
      const text = firstParagraph(blocks)
      const summary = summarize(blocks)
      expect(endsWell(summary, text), `${file}: ${summary}`).toBe(true)
    }
    const jobs = sources.find((s) => s.file.includes('wen-jiuye'))!
    expect(summarize(jobs.blocks)).toBe('就业是民生之本。“稳就业”成为全国两会期间热词。')
  })

  it('cuts a long first sentence at a clause, never inside a quotation', () => {
    const clause = `${'株洲市总工会联合各区县人社部门开展技能培训'.repeat(2)}，${'帮助职工提升就业创业技能'.repeat(4)}。`
    expect(summarize([paragraph(clause)])).toBe(`${clause.slice(0, clause.indexOf('，'))}……`)
    const said = `${'记者在河西新区走访了十多个小区'.repeat(2)}，居民说：“${'城市越来越有温度了'.repeat(12)}。”`
    expect(summarize([paragraph(said)])).toBe(`${said.slice(0, said.indexOf('“'))}……`)
    const quoted = `“${'城市越来越有温度了，'.repeat(12)}”`
    expect(summarize([paragraph(quoted)])).toMatch(/^“城市越来越有温度了.*温度了……”$/u)
    for (const text of [clause, said, quoted]) expect(endsWell(summarize([paragraph(text)]), text)).toBe(true)
  })
})
