// The compiler accepts the real issue and refuses each kind of broken content, naming file and field.
import { execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bodyText } from '../../core/search/docs'
import { compileContent } from '../../publish/compile/content'
import { ContentError, formatProblem } from '../../publish/compile/problems'
import { copyContent, edit, ISSUE } from './content-copy'

async function refusal(dir: string): Promise<string[]> {
  try {
    await compileContent(dir)
  } catch (e) {
    if (e instanceof ContentError) return e.problems.map(formatProblem)
    throw e
  }
  throw new Error('the broken content was accepted')
}

describe('the real content', () => {
  it('compiles the 2024-03-11 issue: three 版面, six articles, derived fields', async () => {
    const { issues } = await compileContent('content')
    expect(issues).toHaveLength(1)
    const { issue, articles } = issues[0]!
    expect(issue.pages.map((p) => `${p.number} ${p.name} ${p.articles.length}`)).toEqual([
      '1 要闻 3',
      '2 民生 1',
      '3 就业-创业 2',
    ])
    expect(articles).toHaveLength(6)
    for (const a of articles) {
      expect(a.summary.length).toBeGreaterThan(10)
      expect(a.readingMinutes).toBe(Math.max(1, Math.round(a.chars / 400)))
    }
    const sewer = articles.find((a) => a.id === 'xiashuidao-butong-fandu')!
    expect(sewer.body.filter((b) => b.t === 'label').map((b) => b.t === 'label' && b.text)).toEqual([
      '【呼声】',
      '【目击】',
      '【声音】',
    ])
    expect(sewer.body.filter((b) => b.t === 'figure')).toEqual([
      { t: 'figure', caption: '1月24日，学堂冲二村5栋旁下水道堵塞，污水漫出井盖，脏乱不堪。' },
      { t: 'figure', caption: '3月8日，经过疏通，学堂冲二村5栋旁下水道不再冒污水。', credit: '记者/姚时美 摄' },
    ])
    // Clock times stay text ("9:00" is not a directive).
    const exam = articles.find((a) => a.id === 'shuhua-dengji-kaoshi')!
    expect(JSON.stringify(exam.body)).toContain('考生可在3月11日9:00至4月8日16:00登录中国教育考试网报名。')
  })

  it('reads as the mended print text: no OCR spaces, no half-width punctuation, no strays', async () => {
    const { issues } = await compileContent('content')
    const text = issues[0]!.articles.flatMap((a) => bodyText(a.body)).join('\n')
    expect(text).not.toMatch(/\p{Script=Han} +\p{Script=Han}/u)
    expect(text).not.toMatch(/\p{Script=Han}[,;()!?]|[,;()!?]\p{Script=Han}/u)
    expect(text).toContain('实现雨污分流')
    expect(text).not.toContain('字现')
    expect(text).not.toContain('哲湫国县')
    expect(text.split('株洲市自然资源和规划局创新探索的').length - 1).toBe(1)
  })
})

describe('broken content is refused with file and field', () => {
  const article = `${ISSUE}/baoma-jihua.md`
  const cases: Array<[string, (dir: string) => Promise<void>, RegExp]> = [
    [
      'missing title',
      (d) => edit(d, article, /^title: .*\n/m, ''),
      /baoma-jihua\.md:\d+ 字段 title：缺少这一项：必须填写/,
    ],
    [
      'bad date',
      (d) => edit(d, `${ISSUE}/issue.yaml`, 'date: 2024-03-11', 'date: 2024-02-30'),
      /issue\.yaml:\d+ 字段 date：不是真实存在的日期/,
    ],
    [
      'duplicate id',
      (d) => edit(d, article, 'id: baoma-jihua', 'id: shuhua-dengji-kaoshi'),
      /\.md:2 字段 id：id“shuhua-dengji-kaoshi”已经被 .* 用了/,
    ],
    [
      'unknown 版面',
      (d) => edit(d, article, 'page: 1', 'page: 9'),
      /baoma-jihua\.md:3 字段 page：第 9 版不在 issue\.yaml 里/,
    ],
    [
      'malformed front matter',
      (d) => edit(d, article, 'order: 3', 'order: [3'),
      /baoma-jihua\.md:4：\[ 没有闭合：这一行缺少配对的 \]/,
    ],
    ['front matter never closed', (d) => edit(d, article, /\n---\n/, '\n'), /baoma-jihua\.md:1：开头缺少稿件信息/],
    [
      'non-UTF-8 bytes',
      (d) => writeFile(join(d, article), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xd6, 0xd0, 0xce, 0xc4, 0x0a])),
      /baoma-jihua\.md:2：不是 UTF-8 编码的文本/,
    ],
    ['empty body', (d) => edit(d, article, /\n---\n[\s\S]*$/, '\n---\n'), /baoma-jihua\.md:\d+：正文是空的/],
    [
      'raw HTML',
      (d) => edit(d, article, '此次招聘会', '<script>alert(1)</script>\n\n此次招聘会'),
      /baoma-jihua\.md:\d+：稿件里不能写 HTML/,
    ],
    [
      'inline HTML',
      (d) => edit(d, article, '此次招聘会', '此次<img src=x onerror=alert(1)>招聘会'),
      /baoma-jihua\.md:\d+：稿件里不能写 HTML/,
    ],
    [
      'javascript: link',
      (d) => edit(d, article, '此次招聘会', '[此次](javascript:alert(1))招聘会'),
      /baoma-jihua\.md:\d+：链接“javascript:alert\(1\)”不允许/,
    ],
    [
      'missing figure image',
      (d) => edit(d, article, '此次招聘会', '::figure[招聘会现场]{src="images/none.jpg"}\n\n此次招聘会'),
      /baoma-jihua\.md:\d+：图片“images\/none\.jpg”不在本期的 images\/ 文件夹里/,
    ],
    [
      'half-width punctuation',
      (d) => edit(d, article, '初步达成求职意向439人。', '初步达成求职意向439人,'),
      /baoma-jihua\.md:\d+ 字段 body：此处标点符号需要使用全角/,
    ],
    [
      'space between Chinese characters',
      (d) => edit(d, article, '求职者聂女士笑道', '求职者 聂女士笑道'),
      /baoma-jihua\.md:\d+ 字段 body：汉字之间有空格/,
    ],
    [
      'a headline made only of a zero-width space',
      (d) => edit(d, article, /^title: .*$/m, "title: '\u200b'"),
      /baoma-jihua\.md:5 字段 title：有看不见的字符（U\+200B）/,
    ],
    [
      'a headline with a bidi override',
      (d) => edit(d, article, /^title: '“/m, "title: '\u202e“"),
      /baoma-jihua\.md:5 字段 title：有看不见的字符（U\+202E）/,
    ],
    [
      'a control character in the body',
      (d) => edit(d, article, '求职者聂女士笑道', '求职者\u0007聂女士笑道'),
      /baoma-jihua\.md:\d+ 字段 body：有看不见的字符（U\+0007）/,
    ],
    [
      'a byline name with a bidi isolate',
      (d) => edit(d, article, 'name: 何春林', 'name: 何春林\u2066'),
      /baoma-jihua\.md:\d+ 字段 byline\.0\.name：有看不见的字符（U\+2066）/,
    ],
    [
      '版面 100',
      (d) => edit(d, `${ISSUE}/issue.yaml`, '  - number: 3', '  - number: 100'),
      /issue\.yaml:\d+ 字段 pages\.2\.number：须是 1 到 99 的整数/,
    ],
    [
      'an article on 版面 100',
      (d) => edit(d, article, 'page: 1', 'page: 100'),
      /baoma-jihua\.md:3 字段 page：须是 1 到 99 的整数/,
    ],
    [
      'a folder named like no day',
      (d) => mkdir(join(d, 'issues/2024-13-01')),
      /issues\/2024-13-01：不是一期的文件夹：文件夹要以出版日期命名/,
    ],
    [
      'a YAML alias bomb',
      (d) => edit(d, article, /^title: .*$/m, `tags: &a [x, x]\nbomb: &b [*a, *a]\ntitle: [*b, *b, *b]`),
      /baoma-jihua\.md:\d+：不能用 YAML 的别名（\*a）/,
    ],
    [
      'an alias to nothing',
      (d) => edit(d, article, /^title: .*$/m, 'title: *nope'),
      /baoma-jihua\.md:\d+：(不能用 YAML 的别名（\*nope）|YAML 格式不对)/,
    ],
    ['a folder named x.md', (d) => mkdir(join(d, ISSUE, 'x.md')), /2024-03-11\/x\.md：是文件夹，不是稿件文件/],
    [
      'a symbolic link to a file outside the content',
      async (d) => {
        const outside = join(await mkdtemp(join(tmpdir(), 'zzrb-outside-')), 'leak.md')
        await cp(join(d, article), outside)
        await symlink(outside, join(d, ISSUE, 'leak.md'))
      },
      /2024-03-11\/leak\.md：是符号链接：内容必须是放在内容文件夹里的真实文件/,
    ],
    [
      'a dangling symbolic link',
      (d) => symlink('/nowhere/at/all.md', join(d, ISSUE, 'gone.md')),
      /2024-03-11\/gone\.md：是符号链接/,
    ],
    [
      'an issue folder that is a symbolic link',
      async (d) => {
        await cp(join(d, ISSUE), join(d, 'elsewhere'), { recursive: true })
        await symlink(join(d, 'elsewhere'), join(d, 'issues/2024-03-12'))
      },
      /issues\/2024-03-12：是符号链接/,
    ],
    [
      'a figure whose image is a symbolic link',
      async (d) => {
        await mkdir(join(d, ISSUE, 'images'))
        await symlink('/etc/hostname', join(d, ISSUE, 'images/photo.jpg'))
        await edit(d, article, '此次招聘会', '::figure[招聘会现场]{src="images/photo.jpg"}\n\n此次招聘会')
      },
      /images\/photo\.jpg：是符号链接/,
    ],
    [
      'a named pipe called x.md',
      async (d) => void execFileSync('mkfifo', [join(d, ISSUE, 'x.md')]),
      /2024-03-11\/x\.md：不是普通文件/,
    ],
    [
      'a quotation mark left open',
      (d) => edit(d, article, '求职者聂女士笑道', '“求职者聂女士笑道'),
      /baoma-jihua\.md:\d+ 字段 body：“ 没有闭合：请在后面补上 ”/,
    ],
  ]

  it.each(cases)('%s', async (_name, breakIt, expected) => {
    const dir = await copyContent()
    await breakIt(dir)
    const problems = await refusal(dir)
    expect(problems.join('\n')).toMatch(expected)
  })

  it('lists every problem at once, not just the first', async () => {
    const dir = await copyContent()
    await edit(dir, article, /^title: .*\n/m, '')
    await edit(dir, `${ISSUE}/gongzuo-xiangmuhua.md`, 'page: 1', 'page: 7')
    const problems = await refusal(dir)
    expect(problems.some((p) => p.includes('baoma-jihua.md'))).toBe(true)
    expect(problems.some((p) => p.includes('gongzuo-xiangmuhua.md'))).toBe(true)
  })
})
