/**
 * The place of an island with nothing to show before the browser runs it, such as the article's
 * tools (their buttons would be bytes for readers who cannot use them): the element holds its
 * room, and client/hydrate.ts renders core/ui/islands/<name>.island.tsx into it by that name.
 * The worker and the service worker render the element alone, without the island's code: the
 * service worker, which every first visit downloads, is 2.3 KB (gzip) smaller for it.
 */
export function ClientIsland({ name, class: className }: { name: string; class: string }) {
  return (
    <div data-island={name}>
      <div class={className} />
    </div>
  )
}
