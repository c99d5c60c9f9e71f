// The slips of a Chinese keyboard in front matter and issue.yaml are named for what they are, in
// Chinese, at the line where they stand, with the fix: a full-width colon, full-width quotes used
// as YAML's, a tab for indentation, a quote left open. And a quotation mark left open in the body
// names the opening mark and what to add.
import { describe, expect, it } from 'vitest'
import { compileContent } from '../../publish/compile/content'
import { ContentError, formatProblem } from '../../publish/compile/problems'
import { copyContent, edit, ISSUE } from './content-copy'

const ARTICLE = `${ISSUE}/baoma-jihua.md`

async function problems(file: string, from: string | RegExp, to: string): Promise<string[]> {
  const dir = await copyContent()
  await edit(dir, file, from, to)
  try {
    await compileContent(dir)
  } catch (e) {
    if (e instanceof ContentError)
      return e.problems.map((p) => formatProblem({ ...p, file: p.file.slice(p.file.indexOf('issues/')) }))
    throw e
  }
  throw new Error('the broken content was accepted')
}

describe('YAML typed on a Chinese keyboard', () => {
  it('a full-width colon after a key', async () => {
    expect(await problems(ARTICLE, 'dateline: 株洲日报讯', 'dateline：株洲日报讯')).toEqual([
      `${ARTICLE}:9：字段名后面用了全角冒号“：”：请改成英文冒号加一个空格，如 title: 标题`,
    ])
  })

  it('a full-width colon in issue.yaml', async () => {
    expect(await problems(`${ISSUE}/issue.yaml`, 'name: 民生', 'name：民生')).toEqual([
      `${ISSUE}/issue.yaml:10：字段名后面用了全角冒号“：”：请改成英文冒号加一个空格，如 title: 标题`,
    ])
  })

  it('full-width quotes used as YAML quotes', async () => {
    const [problem] = await problems(ARTICLE, /^title: .*$/m, 'title: “株洲: 宝妈计划”')
    expect(problem).toMatch(new RegExp(`^${ARTICLE}:5：中文引号“”不能当 YAML 的引号用：.*英文引号`))
  })

  it('a tab for indentation', async () => {
    expect(await problems(ARTICLE, '  - { role: 通讯员', '\t- { role: 通讯员')).toEqual([
      `${ARTICLE}:8：这一行用制表符（Tab）缩进：YAML 只能用空格缩进，请把 Tab 换成空格`,
    ])
  })

  it('a quote never closed, named where it opens', async () => {
    expect(
      await problems(ARTICLE, "title: '“宝妈计划”帮带孩妈妈找工作'", "title: '“宝妈计划”帮带孩妈妈找工作"),
    ).toEqual([`${ARTICLE}:5：引号没有闭合：这一行的 ' 后面缺少配对的 '，请补上或去掉引号`])
  })
})

describe('quotation marks in the text', () => {
  it('an opening mark left open names itself and its partner', async () => {
    const [problem] = await problems(ARTICLE, '并启动了“宝妈计划”，', '并启动了“宝妈计划，')
    expect(problem).toMatch(new RegExp(`^${ARTICLE}:12 字段 body：“ 没有闭合：请在后面补上 ”$`))
  })

  it('a closing mark with no opening one names itself', async () => {
    const [problem] = await problems(ARTICLE, '并启动了“宝妈计划”，', '并启动了宝妈计划”，')
    expect(problem).toMatch(new RegExp(`^${ARTICLE}:12 字段 body：多了一个 ”：前面没有和它配对的 “$`))
  })
})
