// The real worker for the benchmark, with two additions the product does not have:
// answers carry X-KV-Reads (how many KV reads the view cost), and /__bench/ssr times the
// server-side render inside workerd: parse the KV value, build the view, render the document.
import app from '../../worker'
import type { View } from '../../core/ui/view'
import { search, type SearchIndex } from '../../core/search'
import type { Edition } from '../../core/model'
import { renderPage } from '../../core/render/page'
import { mainScript } from '../../worker/html/assets'
import { paper } from '../../core/paper'

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

function viewFor(kind: string, editionText: string, indexText: string): View {
  const edition = JSON.parse(editionText) as Edition
  const longest = edition.articles.reduce((a, b) => (b.chars > a.chars ? b : a))
  switch (kind) {
    case 'page':
      return { kind: 'page', edition, page: edition.issue.pages.at(-1)! }
    case 'article':
      return { kind: 'article', edition, article: longest }
    case 'search':
      return { kind: 'search', query: '就业', hits: search(JSON.parse(indexText) as SearchIndex, '就业') }
    default:
      return { kind: 'front', edition, latest: true }
  }
}

async function timeSsr(env: Cloudflare.Env, kind: string, batch: number, samples: number): Promise<Response> {
  const editionText = (await env.KV.get('latest'))!
  const indexText = (await env.KV.get('search'))!
  const perRender: number[] = []
  for (let s = 0; s < samples; s++) {
    const t = performance.now()
    for (let i = 0; i < batch; i++) {
      const view = viewFor(kind, editionText, indexText)
      renderPage(paper, view, '/', mainScript)
    }
    perRender.push((performance.now() - t) / batch)
  }
  return Response.json(perRender)
}

export default {
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
    const res = await app.fetch(request, { ...env, KV: countingKv(env.KV, () => reads++) }, ctx)
    const counted = new Response(res.body, res)
    counted.headers.set('X-KV-Reads', String(reads))
    return counted
  },
}
