// Requests handed straight to the worker's fetch handler inside workerd, each with an execution
// context of its own: for property runs of thousands of requests. Through `exports.default.fetch`
// (http.ts) each request here took longer than the one before (800 took 35 s, the same 800 directly
// 0.5 s), until workerd's stack overflowed.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import worker from '../../worker/index'

export async function fetchDirect(path: string): Promise<Response> {
  const ctx = createExecutionContext()
  const res = await worker.fetch(new Request(`http://localhost:8787${path}`, { redirect: 'manual' }), env, ctx)
  await waitOnExecutionContext(ctx)
  return res
}
