/** Resolves once the page is idle (or after a while, where the browser cannot tell). */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) =>
    'requestIdleCallback' in window
      ? requestIdleCallback(() => resolve(), { timeout: 3000 })
      : setTimeout(resolve, 500),
  )
}
