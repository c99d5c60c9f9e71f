// The publish lock is a short lease renewed by a heartbeat: a publisher killed outright blocks the
// next one for seconds, not minutes, and one stopped past its lease writes nothing once it resumes.
import { describe, expect, it } from 'vitest'
import { contentWith } from './content-copy'
import { publish, publishStoppedAfter, type Site, usePublishedContent, written } from './published-site'

const { publishedSite } = usePublishedContent()
const json = async <T>(site: Site, path: string) => JSON.parse((await site.get(path)).text) as T

describe('the publish lock’s lease', () => {
  it('a publisher killed outright: the next publish takes over when its lease runs out, within 60 s', async () => {
    const site = await publishedSite()
    const content = await contentWith('test/fixtures/issues')
    // Killed once its change is in the ledger and before KV shows it; its lease is the default one.
    const killed = await publishStoppedAfter(site.state, 3, ['--content', content])
    expect(killed.output()).toMatch(/^账本：2024-03-12 （新） → [0-9a-f]{12}$/m)
    killed.killOutright()
    await killed.done
    const at = Date.now()
    const next = await publish(site.state, ['--content', content])
    expect(next.code, next.err).toBe(0)
    expect(next.out).toMatch(/等待：另一次发布正在进行（\S+ pid \d+，[-\d]+ [:\d]+（北京时间）开始/)
    expect(Date.now() - at).toBeLessThan(60_000)
    // The dead publish's change was completed by the next one: it had nothing left of its own.
    expect(written(next.out)).toEqual(['edition/2024-03-12', 'archive/2024-03', 'archive/index', 'latest'])
    expect((await json<{ date: string }>(site, '/api/issues/latest')).date).toBe('2024-03-12')
    expect(await site.brokenLinks()).toEqual([])
  })

  it('a publisher stopped past its lease writes nothing once it resumes', async () => {
    const site = await publishedSite()
    // Stopped (a closed laptop) right after its first KV write, with a lease of a few seconds: long
    // enough for a loaded machine to reach that write, short enough for the test to outlive it.
    const first = await contentWith('test/fixtures/issues')
    const stopped = await publishStoppedAfter(site.state, 4, ['--content', first], { ZZRB_LOCK_HOLD_SECONDS: '5' })
    expect(stopped.child.exitCode, stopped.output()).toBeNull()
    expect(stopped.output()).toMatch(/^已写入 edition\/2024-03-12$/m)
    // Another editor's publish takes the lock over once the lease has run out, and completes.
    const other = await publish(site.state, [
      '--content',
      await contentWith('test/fixtures/issues', 'test/fixtures/issues-later'),
    ])
    expect(other.code, other.err).toBe(0)
    const before = await site.snapshot()
    const linesBefore = stopped.output()
    stopped.child.kill('SIGCONT')
    const resumed = await stopped.done
    expect(resumed.code).toBe(1)
    expect(resumed.err).toMatch(/发布锁已过期/)
    expect(resumed.out.slice(linesBefore.length)).toBe('')
    expect(await site.snapshot()).toEqual(before)
    expect((await json<{ date: string }>(site, '/api/issues/latest')).date).toBe('2024-03-13')
  })
})
