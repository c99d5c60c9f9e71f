// A loopback gate in front of wrangler dev, so a test can stop the server at an exact moment
// (when the browser asks for a given path, the server process is stopped before it answers) and
// see every request that crossed the link.
import { createServer, type Server as HttpServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll } from 'vitest'
import type { Server } from './harness'

export class Gate {
  private http: HttpServer | undefined
  private trigger: { path: RegExp; then: () => Promise<void> } | undefined
  /** Every request that reached the server, by path and query, in order. */
  readonly seen: string[] = []
  constructor(private readonly upstream: Server) {}

  async listen(): Promise<string> {
    this.http = createServer((req, res) => {
      this.seen.push(req.url ?? '')
      const forward = () => {
        const up = request(
          { host: '127.0.0.1', port: this.upstream.port, method: req.method, path: req.url, headers: req.headers },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers)
            answer.pipe(res)
          },
        )
        up.on('error', () => res.destroy()) // server gone: the browser sees a network error
        req.pipe(up)
      }
      const t = this.trigger
      if (t?.path.test(req.url ?? '')) {
        this.trigger = undefined
        void t.then().then(forward)
      } else forward()
    })
    await new Promise<void>((r) => this.http!.listen(0, '127.0.0.1', r))
    return `http://localhost:${(this.http.address() as AddressInfo).port}`
  }

  /** The next request whose path matches runs `then` (e.g. stopping the server) first. */
  when(path: RegExp, then: () => Promise<void>): void {
    this.trigger = { path, then }
  }

  async close(): Promise<void> {
    this.http?.closeAllConnections()
    await new Promise((r) => this.http?.close(r))
  }
}

/** For a describe block: a gate in front of the site's server, and the address to browse it at. */
export function useGate(site: { server: Server }): { gate: Gate; origin: string } {
  const g = {} as { gate: Gate; origin: string }
  beforeAll(async () => {
    g.gate = new Gate(site.server)
    g.origin = await g.gate.listen()
  })
  afterAll(() => g.gate?.close())
  return g
}
