// A slow mobile link on loopback: every request waits one round trip, and all response bytes
// share one pipe of the given bandwidth. The benchmark puts it between Chromium and a server, and
// counts what crosses it.
import { createServer, type Server as HttpServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Transform } from 'node:stream'

export interface Crossing {
  url: string
  bytes: number
  startMs: number
  endMs: number
}

export interface SlowLink {
  origin: string
  /** Every response that crossed the link, with its body's bytes and its times on this link's clock. */
  log: Crossing[]
  /** ms since the link opened. */
  now: () => number
  close: () => Promise<void>
}

export async function slowLink(upstreamPort: number, rttMs: number, bitsPerSecond: number): Promise<SlowLink> {
  const bytesPerMs = bitsPerSecond / 8 / 1000
  const t0 = Date.now()
  const now = () => Date.now() - t0
  const log: Crossing[] = []
  let pipeFreeAt = 0
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)))
  const paced = (entry: Crossing) =>
    new Transform({
      async transform(chunk: Buffer, _enc, done) {
        const start = Math.max(Date.now(), pipeFreeAt)
        pipeFreeAt = start + chunk.length / bytesPerMs
        await sleep(pipeFreeAt - Date.now())
        entry.bytes += chunk.length
        entry.endMs = now()
        done(null, chunk)
      },
    })
  const http: HttpServer = createServer(async (req, res) => {
    const entry: Crossing = { url: req.url ?? '', bytes: 0, startMs: now(), endMs: now() }
    log.push(entry)
    await sleep(rttMs)
    const up = request(
      { host: '127.0.0.1', port: upstreamPort, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(paced(entry)).pipe(res)
      },
    )
    up.on('error', () => res.destroy())
    req.pipe(up)
  })
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r))
  return {
    origin: `http://localhost:${(http.address() as AddressInfo).port}`,
    log,
    now,
    close: () =>
      new Promise((r) => {
        http.closeAllConnections()
        http.close(() => r())
      }),
  }
}
