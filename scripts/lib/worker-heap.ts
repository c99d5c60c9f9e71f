// The worker isolate's JavaScript heap, read through the DevTools protocol that wrangler dev
// exposes on its inspector port. A leak in the app shows here; workerd's own allocator does not.
import WebSocket from 'ws'

export class WorkerHeap {
  private next = 0
  private readonly pending = new Map<number, (result: unknown) => void>()

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { id?: number; result?: unknown }
      if (msg.id !== undefined) this.pending.get(msg.id)?.(msg.result)
      if (msg.id !== undefined) this.pending.delete(msg.id)
    })
  }

  static async connect(inspectorPort: number): Promise<WorkerHeap> {
    const ws = new WebSocket(`ws://127.0.0.1:${inspectorPort}/ws`)
    await new Promise((resolve, reject) => {
      ws.once('open', resolve)
      ws.once('error', reject)
    })
    const heap = new WorkerHeap(ws)
    await heap.call('HeapProfiler.enable')
    return heap
  }

  private call(method: string): Promise<unknown> {
    const id = ++this.next
    return new Promise((resolve) => {
      this.pending.set(id, resolve)
      this.ws.send(JSON.stringify({ id, method, params: {} }))
    })
  }

  /**
   * Bytes in use after a full garbage collection. The isolate runs the collection when it next
   * handles a request, so call this while requests are arriving.
   */
  async usedAfterGc(): Promise<number> {
    await this.call('HeapProfiler.collectGarbage')
    const usage = (await this.call('Runtime.getHeapUsage')) as { usedSize: number }
    return usage.usedSize
  }

  close(): void {
    this.ws.close()
  }
}
