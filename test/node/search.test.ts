// Search over real sentences from the paper: what a reader typing into the search box would see.
import { describe, expect, it } from 'vitest'
import type { Mark, SearchDoc, SearchHit } from '../../core/search'
import { buildIndex, normalize, search, tokenize } from '../../core/search'

const DOCS: SearchDoc[] = [
  {
    date: '2024-03-11',
    id: 'gaige-jingyan',
    page: '要闻',
    title: '株洲这一改革经验获全省推介',
    text: '3月8日，全省自然资源改革工作现场观摩及经验交流会在株洲召开。会上，株洲市自然资源和规划局创新探索的“工作项目化”改革经验获全省推介。',
  },
  {
    date: '2024-03-11',
    id: 'shuhua-kaoshi',
    page: '要闻',
    title: '书画等级考试今日开始报名',
    text: '考生可在3月11日9:00至4月8日16:00登录中国教育考试网报名。',
  },
  {
    date: '2024-03-11',
    id: 'baoma-jihua',
    page: '要闻',
    title: '“宝妈计划”帮带孩妈妈找工作',
    text: '3月8日，国际劳动妇女节，荷塘区开展了“春风行动·百企万岗”招聘会，并启动了“宝妈计划”，帮助宝妈们实现家门口就业。',
  },
  {
    date: '2024-03-11',
    id: 'xiashuidao',
    page: '民生',
    title: '耗资300万元改造下水道　不通反堵',
    text: '芦淞区贺家土街道大塘冲社区学堂冲二村居民：自下水道改造后，小区多处下水道反复堵塞。\n记者走访发现，雨后积水仍未消退。',
  },
  {
    date: '2024-03-04',
    id: 'songgang-shequ',
    page: '就业-创业',
    title: '荷塘区百余家企业送岗到社区',
    text: '3月2日，荷塘区在月塘街道举办招聘会，百余家企业提供岗位两千余个。不少宝妈带着孩子前来应聘，宝妈们说家门口就业更方便，宝妈也能兼顾家庭。（日报记者 李明）',
  },
]

const index = buildIndex(DOCS)
const ids = (hits: SearchHit[]) => hits.map((h) => h.id)
const joined = (marks: Mark[]) => marks.map((m) => m.text).join('')
const hits = (marks: Mark[]) => marks.filter((m) => m.hit).map((m) => m.text)

describe('tokenize', () => {
  it('splits Han text into overlapping bigrams and keeps a lone Han char whole', () => {
    expect(tokenize('招聘会')).toEqual(['招聘', '聘会'])
    expect(tokenize('3月8日，株洲')).toEqual(['3', '月', '8', '日', '株洲'])
  })

  it('keeps Latin and digit runs whole, lowercased after NFKC folds full-width forms', () => {
    expect(tokenize('５Ｇ网络')).toEqual(['5g', '网络'])
    expect(tokenize('Hello, World!')).toEqual(['hello', 'world'])
    expect(normalize('３００万元　ABC')).toBe('300万元 abc')
  })

  it('gives nothing for punctuation and spaces', () => {
    expect(tokenize('，。！“”　 ·')).toEqual([])
  })
})

describe('search', () => {
  it('finds a word wherever it appears', () => {
    expect(ids(search(index, '下水道'))).toEqual(['xiashuidao'])
    expect(ids(search(index, '招聘会')).sort()).toEqual(['baoma-jihua', 'songgang-shequ'])
  })

  it('matches a phrase only where its characters are contiguous', () => {
    // 宝妈 and 妈妈 are both in “宝妈计划”帮带孩妈妈找工作, but 宝妈妈 is not.
    expect(search(index, '宝妈妈')).toEqual([])
    // 株洲 and 日报 both occur, never together as 株洲日报 …
    expect(search(index, '株洲日报')).toEqual([])
    // … while as two terms each only has to appear somewhere.
    expect(ids(search(index, '荷塘区 日报'))).toEqual(['songgang-shequ'])
  })

  it('needs every term of a multi-term query, split on ASCII or ideographic spaces', () => {
    expect(ids(search(index, '宝妈 招聘会'))).toEqual(['baoma-jihua', 'songgang-shequ'])
    expect(ids(search(index, '宝妈计划　招聘会'))).toEqual(['baoma-jihua'])
    expect(search(index, '宝妈 下水道')).toEqual([])
  })

  it('ranks a title hit above text-only hits of its issue, even ones with more occurrences', () => {
    const issue = buildIndex([
      { date: '2024-03-11', id: 'first', page: '要闻', title: '春风行动', text: '宝妈、宝妈和宝妈都来了。' },
      { date: '2024-03-11', id: 'second', page: '要闻', title: '宝妈计划', text: '帮带孩妈妈找工作。' },
    ])
    expect(ids(search(issue, '宝妈'))).toEqual(['second', 'first'])
    expect(ids(search(index, '宝妈'))).toEqual(['baoma-jihua', 'songgang-shequ'])
  })

  it('ranks title matches first, then the newest issue first; within it more occurrences higher, then print order', () => {
    // 月: twice in shuhua-kaoshi, once in gaige-jingyan and baoma-jihua (print order decides),
    // twice in songgang-shequ, which is a week older.
    expect(ids(search(index, '月'))).toEqual(['shuhua-kaoshi', 'gaige-jingyan', 'baoma-jihua', 'songgang-shequ'])
    expect(ids(search(index, '招聘会'))).toEqual(['baoma-jihua', 'songgang-shequ'])
    // An older issue's article with the term in its title before a newer one with it in the text
    // alone; among those with it in the text alone, the newer first.
    const week = buildIndex([
      { date: '2024-03-04', id: 'older', page: '要闻', title: '招聘会', text: '招聘会今天开始。' },
      { date: '2024-03-04', id: 'older-text', page: '要闻', title: '人才', text: '招聘会开始。' },
      { date: '2024-03-11', id: 'newer', page: '要闻', title: '现场', text: '招聘会人头攒动。' },
    ])
    expect(ids(search(week, '招聘会'))).toEqual(['older', 'newer', 'older-text'])
  })

  it('finds a single character, even inside longer words', () => {
    expect(ids(search(index, '塘')).sort()).toEqual(['baoma-jihua', 'songgang-shequ', 'xiashuidao'])
    expect(ids(search(index, '堵'))).toEqual(['xiashuidao'])
  })

  it('matches digits and Latin, full-width or not, as substrings', () => {
    expect(ids(search(index, '300万元'))).toEqual(['xiashuidao'])
    expect(ids(search(index, '３００万元'))).toEqual(['xiashuidao'])
    expect(ids(search(index, '30'))).toEqual(['xiashuidao'])
    expect(ids(search(index, '9:00'))).toEqual(['shuhua-kaoshi'])
    const latin = buildIndex([
      { date: '2024-03-11', id: 'g', page: '要闻', title: '５Ｇ基站建设提速', text: 'ChatGPT 与 toString' },
    ])
    expect(ids(search(latin, '5g'))).toEqual(['g'])
    expect(ids(search(latin, 'GPT'))).toEqual(['g'])
    expect(ids(search(latin, 'tostring'))).toEqual(['g'])
    expect(search(latin, 'constructor')).toEqual([])
    // Closed on both sides, so looked up in postings: must not find Object.prototype.constructor.
    expect(search(latin, '(constructor)')).toEqual([])
    expect(search(JSON.parse(JSON.stringify(latin)), '(constructor)')).toEqual([])
  })

  it('returns nothing for no match or a query with nothing to search for', () => {
    expect(search(index, '长沙')).toEqual([])
    expect(search(index, '')).toEqual([])
    expect(search(index, '   　\t')).toEqual([])
    expect(search(index, '，。！')).toEqual([])
    // A lone punctuation term is ignored, not required.
    expect(ids(search(index, '下水道 ！'))).toEqual(['xiashuidao'])
  })

  it('treats hostile input as text and returns plain marks', () => {
    expect(search(index, '"><img onerror=x>')).toEqual([])
    expect(search(index, '<script>alert(1)</script>')).toEqual([])
    const doc = {
      date: '2024-03-11',
      id: 'x',
      page: '要闻',
      title: '<script>alert(1)</script>',
      text: '"><img onerror=x> 正文',
    }
    const [hit] = search(buildIndex([doc]), '<script>')
    expect(hit!.title).toEqual([
      { text: '<script>', hit: true },
      { text: 'alert(1)</script>', hit: false },
    ])
    const [other] = search(buildIndex([doc]), '"><img')
    expect(joined(other!.snippet)).toBe(doc.text)
    expect(hits(other!.snippet)).toEqual(['"><img'])
  })

  it('marks title hits on the original title, losing no character', () => {
    const [hit] = search(index, '下水道　不通')
    expect(joined(hit!.title)).toBe('耗资300万元改造下水道　不通反堵')
    expect(hit!.title).toEqual([
      { text: '耗资300万元改造', hit: false },
      { text: '下水道', hit: true },
      { text: '　', hit: false },
      { text: '不通', hit: true },
      { text: '反堵', hit: false },
    ])
    // Full-width query, ASCII title: the original digits are what gets marked.
    expect(hits(search(index, '３００')[0]!.title)).toEqual(['300'])
    for (const q of ['宝妈', '株洲', '塘', '招聘会', '改革 经验']) {
      for (const h of search(index, q)) expect(joined(h.title)).toBe(DOCS.find((d) => d.id === h.id)!.title)
    }
  })

  it('merges adjacent hits and maps hits through NFKC expansions', () => {
    // ㈱ normalizes to "(株)": the whole original character is marked, nothing doubled.
    const odd = buildIndex([{ date: '2024-03-11', id: 'k', page: '要闻', title: '㈱株洲ＡＢＣ公司', text: '' }])
    const [hit] = search(odd, '株 abc')
    expect(joined(hit!.title)).toBe('㈱株洲ＡＢＣ公司')
    expect(hits(hit!.title)).toEqual(['㈱株', 'ＡＢＣ'])
  })

  it('gives a short snippet around the first body hit, with … where cut', () => {
    const long = `${'荷塘区'.repeat(40)}招聘会现场人头攒动。${'求职者'.repeat(40)}`
    const [hit] = search(
      buildIndex([{ date: '2024-03-11', id: 'l', page: '要闻', title: '现场', text: long }]),
      '招聘会',
    )
    const snippet = joined(hit!.snippet)
    expect(snippet.length).toBeLessThanOrEqual(90)
    expect(snippet.startsWith('…') && snippet.endsWith('…')).toBe(true)
    expect(hits(hit!.snippet)).toEqual(['招聘会'])
    for (const q of ['下水道', '宝妈', '9:00', '塘']) {
      for (const h of search(index, q)) {
        expect(joined(h.snippet).length).toBeLessThanOrEqual(90)
        expect(hits(h.snippet).length).toBeGreaterThan(0)
      }
    }
  })

  it('keeps the snippet to the paragraph holding the hit', () => {
    const [hit] = search(index, '积水')
    expect(hit!.snippet).toEqual([
      { text: '…记者走访发现，雨后', hit: false },
      { text: '积水', hit: true },
      { text: '仍未消退。', hit: false },
    ])
  })

  it('shows the start of the body when only the title matched', () => {
    const [hit] = search(index, '书画')
    expect(hits(hit!.snippet)).toEqual([])
    expect(joined(hit!.snippet)).toBe(DOCS[1]!.text)
  })

  it('still searches after a JSON round trip, the way it is stored in KV', () => {
    const stored = JSON.parse(JSON.stringify(index))
    for (const q of ['宝妈 招聘会', '塘', '３００万元', '株洲日报', '宝妈'])
      expect(search(stored, q)).toEqual(search(index, q))
    expect(JSON.stringify(index).length).toBeLessThan(6000)
  })

  it('honours the limit', () => {
    expect(search(index, '塘', 2)).toHaveLength(2)
    expect(search(index, '塘', 1)).toEqual(search(index, '塘').slice(0, 1))
    expect(search(index, '塘', 0)).toEqual([])
  })

  it('caps the query at 64 characters instead of failing', () => {
    expect(ids(search(index, `下水道${' '.repeat(70)}长沙`))).toEqual(['xiashuidao'])
    expect(search(index, '下'.repeat(10_000))).toEqual([])
  })
})
