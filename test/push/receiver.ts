// A push service on this machine, for the tests: a Node http server on 127.0.0.1 that takes Web
// Push requests (RFC 8030) at /push/<name>, one endpoint per subscriber it made. Every request is
// recorded with what a real push service and the browser behind it would check: the VAPID JWT
// (signature, `aud`, `exp`: vapid.ts), the body decrypted with the subscriber's private key
// (http_ece: subscriber.ts), TTL, Urgency and Topic. It answers 201, or what it was told to answer
// next for that endpoint (410, 429, 500…).
//
// For the fan-out benchmark (scripts/bench/push-fanout.ts, 10,000 pushes), `checkEvery: n` decrypts
// and verifies only every n-th push (the first, the n+1-th…): every push is still counted and
// recorded with its headers, and a sampled one that fails is a problem like any other.
//
// `aud`: the worker's library signs only for https push services (RFC 8030 §2), and the worker
// signs for a local http endpoint as its https twin would be (worker/push/send.ts), so the
// audience checked here is https://127.0.0.1:<port>.
import { EventEmitter } from 'node:events'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Subscriber } from './subscriber'
import { type VapidClaims, verifyVapid } from './vapid'

export interface Arrival {
  /** The endpoint's name (/push/<name>). */
  name: string
  /** What the receiver answered. */
  answered: number
  ttl: string | undefined
  urgency: string | undefined
  topic: string | undefined
  contentEncoding: string | undefined
  /** The decrypted body, parsed as JSON. */
  payload: unknown
  claims: VapidClaims | undefined
  /** Whether its body was decrypted and its JWT verified (every push, unless `checkEvery` samples them). */
  checked: boolean
  /** What a push service or browser would have refused; empty when all is well. */
  problems: string[]
}

export interface ReceiverOptions {
  /** Decrypt and verify every n-th push only (1, the default: every push). */
  checkEvery?: number
}

const bodyOf = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })

export class PushReceiver {
  private readonly subscribers = new Map<string, Subscriber>()
  private readonly scripts = new Map<string, number[]>()
  private readonly events = new EventEmitter()
  readonly arrivals: Arrival[] = []
  /** Pushes taken so far (the order in which `checkEvery` samples them). */
  private taken = 0
  /** Requests being answered now, and the most at once: how many pushes the worker had in flight. */
  private open = 0
  maxInFlight = 0

  private constructor(
    private readonly server: Server,
    /** The application server's VAPID public key, as pushes must name it. */
    private readonly vapidPublicKey: string,
    private readonly checkEvery: number,
  ) {}

  /** Starts a receiver on `host` (127.0.0.1; another loopback address for an endpoint the worker must refuse). */
  static async start(vapidPublicKey: string, host = '127.0.0.1', options: ReceiverOptions = {}): Promise<PushReceiver> {
    const server = createServer()
    const receiver = new PushReceiver(server, vapidPublicKey, Math.max(1, Math.floor(options.checkEvery ?? 1)))
    server.on('request', (req, res) => {
      receiver.maxInFlight = Math.max(receiver.maxInFlight, ++receiver.open)
      res.on('close', () => receiver.open--)
      receiver.take(req).then(
        (arrival) => {
          const retryAfter = arrival.answered === 429 || arrival.answered >= 500 ? { 'Retry-After': '1' } : {}
          // Recorded once the answer has gone out: whoever waits for an arrival may close the receiver then.
          res.writeHead(arrival.answered, { 'Content-Length': '0', ...retryAfter }).end(() => receiver.record(arrival))
        },
        () => res.writeHead(500).end(),
      )
    })
    await new Promise<void>((resolve) => server.listen(0, host, resolve))
    return receiver
  }

  get origin(): string {
    const { address, port } = this.server.address() as AddressInfo
    return `http://${address}:${port}`
  }

  /** A new subscriber whose endpoint is on this receiver, at /push/<name>. */
  subscriber(name: string): Subscriber {
    const subscriber = new Subscriber(`${this.origin}/push/${name}`)
    this.subscribers.set(name, subscriber)
    return subscriber
  }

  /** The next answers for an endpoint (then 201 again). */
  answer(name: string, ...codes: number[]): void {
    this.scripts.set(name, [...(this.scripts.get(name) ?? []), ...codes])
  }

  /** What arrived at one endpoint, in order. */
  at(name: string): Arrival[] {
    return this.arrivals.filter((a) => a.name === name)
  }

  /** Resolves once `done()` holds, checked now and after each arrival; rejects after `ms`. */
  until(done: () => boolean, what: string, ms = 20_000): Promise<void> {
    if (done()) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!done()) return
        clearTimeout(timer)
        this.events.off('arrival', check)
        resolve()
      }
      const timer = setTimeout(() => {
        this.events.off('arrival', check)
        reject(new Error(`push receiver: ${what} did not happen within ${ms} ms`))
      }, ms)
      this.events.on('arrival', check)
    })
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  private record(arrival: Arrival): void {
    this.arrivals.push(arrival)
    this.events.emit('arrival')
  }

  private async take(req: IncomingMessage): Promise<Arrival> {
    const checked = this.taken++ % this.checkEvery === 0
    const body = await bodyOf(req)
    const name = /^\/push\/([\w-]+)$/.exec(req.url ?? '')?.[1] ?? ''
    const subscriber = this.subscribers.get(name)
    const problems: string[] = []
    let payload: unknown
    let claims: VapidClaims | undefined
    if (req.method !== 'POST') problems.push(`method ${req.method}`)
    if (!subscriber) problems.push(`no subscriber at ${req.url}`)
    else if (checked) {
      try {
        payload = JSON.parse(subscriber.decrypt(body).toString('utf8'))
      } catch (e) {
        problems.push(`body: ${String(e)}`)
      }
    }
    if (checked) {
      try {
        const audience = this.origin.replace(/^http:/, 'https:')
        claims = await verifyVapid(req.headers.authorization, { publicKey: this.vapidPublicKey, audience })
      } catch (e) {
        problems.push(`VAPID: ${(e as Error).message}`)
      }
    }
    const script = this.scripts.get(name) ?? []
    const answered = subscriber ? (script.shift() ?? 201) : 404
    return {
      name,
      answered,
      ttl: req.headers.ttl as string | undefined,
      urgency: req.headers.urgency as string | undefined,
      topic: req.headers.topic as string | undefined,
      contentEncoding: req.headers['content-encoding'],
      payload,
      claims,
      checked,
      problems,
    }
  }
}
