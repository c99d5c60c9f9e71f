// The real worker for the benchmark, with two additions the product does not have:
// answers carry X-KV-Reads and X-D1-Reads (how many reads the view cost), and /__bench/ssr times
// the server-side render inside workerd: parse the KV value, build the view, render the document.
import type { Edition } from '../../core/model'
import { paper } from '../../core/paper'
import { renderPage } from '../../core/render/page'
import type { SearchHit } from '../../core/search/terms'
import type { View } from '../../core/ui/view'
import { mainScript } from '../../worker/html/assets'
import worker from '../../worker/index'
import { searchArchive } from '../../worker/search-archive'

function countingKv(kv: KVNamespace, count: () => void): KVNamespace {
  return new Proxy(kv, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target)
      if (typeof value !== 'function') return value
      if (prop !== 'get' && prop !== 'getWithMetadata') return value.bind(target)
      return (...args: unknown[]) => {
        count()
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    },
  })
}

/** D1 with each query counted: a statement run (all, first, run, raw) or a batch is one read. */
export function countingD1(db: D1Database, count: () => void): D1Database {
  const statement = (st: D1PreparedStatement): D1PreparedStatement =>
    new Proxy(st, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target)
        if (typeof value !== 'function') return value
        if (prop === 'bind') return (...args: unknown[]) => statement(value.apply(target, args))
        if (['all', 'first', 'run', 'raw'].includes(String(prop))) count()
        return value.bind(target)
      },
    })
  return new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target)
      if (prop === 'prepare') return (sql: string) => statement(target.prepare(sql))
      if (prop === 'batch') {
        return (statements: D1PreparedStatement[]) => {
          count()
          return target.batch(statements)
        }
      }
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

function viewFor(kind: string, editionText: string, hits: SearchHit[]): View {
  const edition = JSON.parse(editionText) as Edition
  const longest = edition.articles.reduce((a, b) => (b.chars > a.chars ? b : a))
  switch (kind) {
    case 'page':
      return { kind: 'page', edition, page: edition.issue.pages.at(-1)! }
    case 'article':
      return { kind: 'article', edition, article: longest }
    case 'search':
      return { kind: 'search', query: '就业', hits }
    default:
      return { kind: 'front', edition, latest: true }
  }
}

async function timeSsr(env: Cloudflare.Env, kind: string, batch: number, samples: number): Promise<Response> {
  const editionText = (await env.KV.get('latest'))!
  const { hits } = await searchArchive(env.DB, '就业')
  const perRender: number[] = []
  for (let s = 0; s < samples; s++) {
    const t = performance.now()
    for (let i = 0; i < batch; i++) {
      const view = viewFor(kind, editionText, hits)
      renderPage(paper, view, new URL('http://localhost:8787/'), mainScript)
    }
    perRender.push((performance.now() - t) / batch)
  }
  return Response.json(perRender)
}

export default {
  scheduled: worker.scheduled,
  async fetch(request: Request, env: Cloudflare.Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url)
    if (url.pathname === '/__bench/ssr') {
      return timeSsr(
        env,
        url.searchParams.get('kind') ?? 'front',
        Number(url.searchParams.get('batch') ?? 20),
        Number(url.searchParams.get('samples') ?? 50),
      )
    }
    let reads = 0
    let d1Reads = 0
    const counted = { ...env, KV: countingKv(env.KV, () => reads++), DB: countingD1(env.DB, () => d1Reads++) }
    const res = await worker.fetch(request, counted, ctx)
    const answer = new Response(res.body, res)
    answer.headers.set('X-KV-Reads', String(reads))
    answer.headers.set('X-D1-Reads', String(d1Reads))
    return answer
  },
}
