// wrangler dev (workerd + local KV + static assets) on a loopback port, started and stopped by
// the browser tests and the benchmarks. Stopping it is how they take the network away.
import { type ChildProcess, spawn } from 'node:child_process'

export class Server {
  private proc: ChildProcess | undefined
  constructor(
    readonly port: number,
    readonly state: string,
    readonly assets = 'dist/client',
    /** Vars over wrangler.toml's and .dev.vars' (wrangler dev --var), such as a test's VAPID keys. */
    readonly vars: Record<string, string> = {},
  ) {}

  get origin(): string {
    return `http://localhost:${this.port}`
  }

  /** The process group of wrangler dev and its workerd (the load test samples its memory). */
  get pid(): number | undefined {
    return this.proc?.pid
  }

  /** The DevTools port of the worker's isolate, fixed per server so parallel servers never clash. */
  get inspectorPort(): number {
    return this.port + 1000
  }

  /** Starts the server, unless it is running already. */
  async start(): Promise<void> {
    if (this.proc && this.proc.exitCode === null) return
    this.proc = spawn(
      'scripts/wrangler',
      [
        'dev',
        '--port',
        String(this.port),
        '--ip',
        '127.0.0.1',
        '--persist-to',
        this.state,
        '--assets',
        this.assets,
        '--show-interactive-dev-session=false',
        '--inspector-port',
        String(this.inspectorPort),
        // As npm start runs it: the cron trigger can be fired by hand (README, "npm start").
        '--test-scheduled',
        ...Object.entries(this.vars).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
      ],
      {
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, CI: 'true' },
      },
    )
    let log = ''
    this.proc.stdout!.on('data', (d: Buffer) => (log += d))
    this.proc.stderr!.on('data', (d: Buffer) => (log += d))
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${this.origin}/robots.txt`)).ok) return
      } catch {
        // not up yet
      }
      if (this.proc.exitCode !== null) break
      await new Promise((r) => setTimeout(r, 250))
    }
    throw new Error(`wrangler dev did not start on ${this.port}:\n${log}`)
  }

  /** Stops the server process: from the browser's side, the network is gone. */
  async stop(): Promise<void> {
    const proc = this.proc
    if (!proc || proc.exitCode !== null) return
    const exited = new Promise((r) => proc.once('exit', r))
    process.kill(-proc.pid!, 'SIGTERM')
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
    if (proc.exitCode === null) process.kill(-proc.pid!, 'SIGKILL')
    this.proc = undefined
  }
}
