// A publisher killed outright (kill -9, as a dead machine would) at every step of a publish that
// corrects the live day and adds a new one (npm test: every third step and the last; test:long:
// every step). Whatever it had written, the front page and every page
// of the day it shows agree at once (they are read from one key); and within 60 s, once the cron
// trigger has run, the whole site shows the issue as it was or as published, never a mix.
import { describe, expect, it } from 'vitest'
import { long } from '../long'
import { publish, publishStoppedAfter, usePublishedContent } from './published-site'
import { correctionAndNewDay, liveDayAgrees, readersSee } from './readers-see'

const { publishedSite } = usePublishedContent()
/** A short lease, so that each run's cron trigger does not wait long for the dead publisher's. */
const LEASE = { ZZRB_LOCK_HOLD_SECONDS: '2' }

describe('a publisher killed at any step', () => {
  it('leaves the old issue or the new one, never a mix, within 60 s', async () => {
    const content = await correctionAndNewDay()
    const reference = await publishedSite()
    const before = await readersSee(reference)
    const whole = await publish(reference.state, ['--content', content])
    expect(whole.code, whole.err).toBe(0)
    const after = await readersSee(reference)
    await reference.close()
    // One line per write, then the summary.
    const steps = whole.out.trim().split('\n').length - 1
    expect(steps).toBeGreaterThanOrEqual(8)

    let survived = 0
    for (let line = 1; line <= steps; line++) {
      if (!long() && line % 3 !== 1 && line !== steps) continue
      const site = await publishedSite()
      const killed = await publishStoppedAfter(site.state, line, ['--content', content], LEASE)
      const step = killed.output().trim().split('\n').at(-1)
      killed.killOutright()
      await killed.done
      const at = Date.now()
      expect(await liveDayAgrees(site), `killed after “${step}”`).toEqual([])
      expect(await site.cron()).toBe('ok')
      const seen = await readersSee(site)
      expect([before, after], `killed after “${step}”`).toContainEqual(seen)
      expect(Date.now() - at).toBeLessThan(60_000)
      survived++
      await site.close()
    }
    console.log(`reliability: kills survived ${survived}`)
  }, 600_000)
})
