// This app against the stock peer, in one run on one machine: offline-ready time and the bytes
// that crossed the link by then (Chromium, 400 kbps / 400 ms RTT, median of 3 each), the front
// page's and the longest article's gzip bytes, and first-load JS. Times drift between machines;
// the ratios are the result.
import { Server } from '../lib/dev-server'
import { keptAsHome, median, offlineReady, precached, type Readiness } from './offline-ready'
import type { Peer } from './peer'

export interface Ours {
  front: number
  longestArticle: number
  firstLoadJs: number
}

export interface Side {
  'offline-ready ms': number
  'bytes to offline-ready': number
  'front page gzip': number
  'longest article gzip': number
  'first-load JS gzip': number
}

const RUNS = 3

async function medianOf(runs: () => Promise<Readiness>): Promise<Readiness> {
  const all: Readiness[] = []
  for (let i = 0; i < RUNS; i++) all.push(await runs())
  const ms = median(all.map((r) => r.readyMs))
  return all.find((r) => r.readyMs === ms)!
}

/** `peer` is started by the caller, who stops it. */
export async function versus(state: string, date: string, ours: Ours, peer: Peer, say = console.log) {
  const server = new Server(8991, state)
  try {
    say(`offline-ready, ${RUNS} runs each …`)
    const peerReady = await medianOf(() => offlineReady(peer.port, precached(peer.pages)))
    await server.start()
    const ourReady = await medianOf(() => offlineReady(server.port, keptAsHome(date)))
    const us: Side = {
      'offline-ready ms': Math.round(ourReady.readyMs),
      'bytes to offline-ready': ourReady.bytes,
      'front page gzip': ours.front,
      'longest article gzip': ours.longestArticle,
      'first-load JS gzip': ours.firstLoadJs,
    }
    const them: Side = {
      'offline-ready ms': Math.round(peerReady.readyMs),
      'bytes to offline-ready': peerReady.bytes,
      'front page gzip': peer.bytes.front,
      'longest article gzip': peer.bytes.longestArticle,
      'first-load JS gzip': peer.bytes.firstLoadJs,
    }
    const table = Object.fromEntries(
      (Object.keys(us) as Array<keyof Side>).map((k) => [
        k,
        { us: us[k], peer: them[k], 'us ÷ peer': +(us[k] / them[k]).toFixed(2) },
      ]),
    )
    return { table, ourReady, peerReady }
  } finally {
    await server.stop()
  }
}
