// A read of KV, D1 or R2 that failed: the one kind of error the reader is told to retry (503 with
// Retry-After, worker/errors.ts). Any other exception is a bug in the worker and answers 500.

export type Store = 'KV' | 'D1' | 'R2'

export class StorageFault extends Error {
  override readonly name = 'StorageFault'
  constructor(
    readonly store: Store,
    what: string,
    options: { cause: unknown },
  ) {
    super(`${store} ${what} failed`, options)
  }
}

/** The storage call's answer; its failure as a StorageFault naming the store and what was asked. */
export async function fromStore<T>(store: Store, what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (cause) {
    throw new StorageFault(store, what, { cause })
  }
}
