// The archive at scale, lighter than `npm run bench:scale`: a month of synthetic issues of 10
// articles a day (a year of 20 a day in test:long; derived from the real issue's text) published
// through the real CLI. What must not grow with the archive is asserted; times are printed. The
// publish lock is held for 30 s past each write, less than a year's import takes: the import
// extends it as it goes.
import { describe, expect, it } from 'vitest'
import { runScale } from '../../scripts/bench/scale'
import { long } from '../long'

describe('an archive of issues', () => {
  it('costs one more day the same few writes, keeps every value small and every search within two reads', async () => {
    const r = await runScale({ years: long() ? 1 : 31 / 365, perDay: long() ? 20 : 10, lockHoldSeconds: 30 }, () => {})
    console.log(
      `scale (${r.size.days} days, ${r.size.articles} articles): publish ${JSON.stringify(r.publish)} s; ` +
        `one more day ${r.oneMoreDay.seconds} s; search ${JSON.stringify(r.search)}; ` +
        `biggest besides editions ${JSON.stringify(r.biggestBesidesEditions)}; archive pages ${JSON.stringify(r.archivePages)}`,
    )
    expect(r.oneMoreDay.kvWrites).toEqual([
      expect.stringMatching(/^issue\/2024-03-12\/[0-9a-f]{12}$/),
      'edition/2024-03-12',
      'archive/2024-03',
      'archive/index',
      'latest',
    ])
    expect(r.oneMoreDay.d1Statements).toBeLessThan(20)
    expect(r.biggestBesidesEditions.bytes).toBeLessThanOrEqual(1024 * 1024)
    for (const s of Object.values(r.search)) expect(s.reads).toBeLessThanOrEqual(2)
    for (const [path, page] of Object.entries(r.archivePages)) {
      expect(page.status, path).toBe(200)
      expect(page.gzip, path).toBeLessThanOrEqual(14.6 * 1024)
    }
  }, 900_000)
})
