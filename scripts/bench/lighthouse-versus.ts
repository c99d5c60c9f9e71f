// Lighthouse (mobile) on the front page and the longest article, for this app and the stock peer
// in one Chromium, run after run in turn (us, peer, us, peer …) so that both sides meet the same
// load on a shared machine. Simulated TBT scales with the machine's load: the two sides are
// compared only within one run.
import { loadavg } from 'node:os'
import { type Scores, withChromium } from './lighthouse'
import { median } from './offline-ready'

export interface Site {
  origin: string
  front: string
  article: string
}

export type SideScores = Record<string, number | string>

const PAGES = ['front', 'article'] as const
const NAMES = { front: 'front page', article: 'longest article' }

/** Medians and ranges over the runs Lighthouse finished; the others are counted as failed. */
function summarise(all: Scores[]): SideScores {
  const runs = all.filter((r) => !r.error)
  const num = (key: string) => runs.map((r) => Number(r[key]))
  const perf = num('performance')
  const short = new Set(runs.flatMap((r) => String(r['short of 100']).split(' ').filter(Boolean)))
  return {
    'failed runs': all
      .map((r) => r.error)
      .filter(Boolean)
      .join(' '),
    'TBT median ms': median(num('TBT ms')),
    'TBT each ms': num('TBT ms').join(' '),
    performance: `${Math.min(...perf)}–${Math.max(...perf)}`,
    'performance 100': `${perf.filter((p) => p === 100).length}/${all.length}`,
    'LCP median ms': median(num('LCP ms')),
    'CLS max': Math.max(...num('CLS')),
    'other categories min': Math.min(...num('accessibility'), ...num('best practices'), ...num('seo')),
    'short of 100': [...short].join(' '),
  }
}

export async function lighthouseVersus(us: Site, peer: Site, runs = 5, say = console.log) {
  const sides = { us, peer }
  const samples: Record<string, Scores[]> = Object.fromEntries(
    PAGES.flatMap((page) => Object.keys(sides).map((side) => [`${page} ${side}`, []])),
  )
  const load = [loadavg()[0]!]
  await withChromium(async (audit) => {
    for (let i = 0; i < runs; i++) {
      say(`Lighthouse run ${i + 1} of ${runs} …`)
      for (const page of PAGES)
        for (const [side, site] of Object.entries(sides))
          samples[`${page} ${side}`]!.push(await audit(`${site.origin}${site[page]}`))
    }
  })
  load.push(loadavg()[0]!)
  const table: Record<string, SideScores> = {}
  const goals: Record<
    string,
    { 'TBT us − peer ms': number; 'within peer + 30 ms': boolean; 'us 100 every run': boolean }
  > = {}
  for (const page of PAGES) {
    const ours = summarise(samples[`${page} us`]!)
    const theirs = summarise(samples[`${page} peer`]!)
    table[`${NAMES[page]}: us`] = ours
    table[`${NAMES[page]}: peer`] = theirs
    const gap = Number(ours['TBT median ms']) - Number(theirs['TBT median ms'])
    goals[NAMES[page]] = {
      'TBT us − peer ms': gap,
      'within peer + 30 ms': gap <= 30,
      'us 100 every run': ours['performance 100'] === `${runs}/${runs}`,
    }
  }
  return { runs, paths: { us, peer }, table, goals, loadAverage: { before: load[0]!, after: load[1]! }, samples }
}

export function printLighthouseVersus(result: Awaited<ReturnType<typeof lighthouseVersus>>) {
  console.log(
    `\nLighthouse 12.2.3, mobile preset (simulated throttling), Debian Chromium: ${result.runs} runs per page, ` +
      `this app and the stock peer in turn, one browser (1-minute load average ${result.loadAverage.before.toFixed(1)} ` +
      `before, ${result.loadAverage.after.toFixed(1)} after):`,
  )
  console.table(result.table)
  console.log('Goal: median TBT ≤ the peer’s + 30 ms, performance 100 in every run:')
  console.table(result.goals)
}
