// Local D1 (miniflare's simulator) now and then fails a batch on a loaded machine with its own
// assertion ("false == true": a bookkeeping query it runs around each statement came back empty).
// It throws inside the batch's transaction, so nothing of the batch was written, and the same
// batch is simply sent again. Only for the local simulator: the real D1 never says this.
const HICCUP = /false == true/
const TRIES = 5

export function retryingLocalD1(db: D1Database): D1Database {
  return new Proxy(db, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver)
      if (key !== 'batch' || typeof value !== 'function') return value
      return async (statements: D1PreparedStatement[]) => {
        for (let attempt = 1; ; attempt++) {
          try {
            return await value.call(target, statements)
          } catch (e) {
            if (attempt >= TRIES || !HICCUP.test(String(e))) throw e
          }
        }
      }
    },
  })
}
