// The push services a subscription's endpoint may name: the browsers' own, by host, and nothing
// else. An endpoint is the one address the worker ever fetches on a reader's word, so it is checked
// here when it is submitted and again before every push (no SSRF): https, the default port, no
// user or password, a host of this table. Under `npm start` and in the tests (PUSH_ALLOW_LOOPBACK,
// set only at the top level of wrangler.toml), http://127.0.0.1:<port> and http://localhost:<port>
// are push services too, so that a local receiver can take pushes.

/**
 * Each browser's push service, by host: `host` is that host alone, `subdomains` any host under it.
 * From the browsers' documentation, 2026: Chrome, Samsung Internet, Opera and Brave subscribe
 * through Firebase Cloud Messaging (fcm.googleapis.com/fcm/send/…, /wp/…); Firefox through Mozilla's
 * autopush (updates.push.services.mozilla.com/wpush/v2/…); Edge on Windows through WNS
 * (<region>.notify.windows.com/w/?token=…); Safari on macOS and iOS web apps through APNs
 * (web.push.apple.com/…; Apple asks servers with an allow-list to allow *.push.apple.com).
 */
export const PUSH_SERVICES = {
  'fcm.googleapis.com': { match: 'host', service: 'Firebase Cloud Messaging (Chrome, Samsung Internet, Opera)' },
  'updates.push.services.mozilla.com': { match: 'host', service: 'Mozilla autopush (Firefox)' },
  'push.services.mozilla.com': { match: 'subdomains', service: 'Mozilla autopush (Firefox)' },
  'notify.windows.com': { match: 'subdomains', service: 'Windows Push Notification Services (Edge)' },
  'web.push.apple.com': { match: 'host', service: 'Apple Push Notification service (Safari)' },
  'push.apple.com': { match: 'subdomains', service: 'Apple Push Notification service (Safari)' },
} as const satisfies Record<string, { match: 'host' | 'subdomains'; service: string }>

/** Local receivers, only where PUSH_ALLOW_LOOPBACK is set: plain http, any port. */
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost'] as const

/** The longest endpoint taken (FCM's are about 190 characters, WNS's about 300). */
export const MAX_ENDPOINT = 1024

/** Whether this worker takes loopback endpoints (wrangler.toml's top level only). */
export const allowsLoopback = (env: { PUSH_ALLOW_LOOPBACK?: string }) => env.PUSH_ALLOW_LOOPBACK === 'true'

function serviceOfHost(host: string): string | undefined {
  const table: Record<string, { match: 'host' | 'subdomains'; service: string }> = PUSH_SERVICES
  const exact = table[host]
  if (exact?.match === 'host') return exact.service
  // Every parent domain of the host, nearest first: a.b.notify.windows.com → b.notify.windows.com, …
  for (let dot = host.indexOf('.'); dot !== -1; dot = host.indexOf('.', dot + 1)) {
    const parent = table[host.slice(dot + 1)]
    if (parent?.match === 'subdomains') return parent.service
  }
  return undefined
}

/**
 * The endpoint as it will be fetched (the URL parser's own serialisation, so what was checked is
 * what is fetched), or undefined when it names no push service this worker may reach.
 */
export function pushEndpoint(endpoint: string, options: { loopback: boolean }): URL | undefined {
  if (endpoint.length > MAX_ENDPOINT) return undefined
  let url: URL
  try {
    url = new URL(endpoint)
  } catch {
    return undefined
  }
  if (url.username || url.password || url.hash) return undefined
  if (url.protocol === 'https:') return url.port === '' && serviceOfHost(url.hostname) ? url : undefined
  const local =
    options.loopback && url.protocol === 'http:' && (LOOPBACK_HOSTS as readonly string[]).includes(url.hostname)
  return local ? url : undefined
}

/** Whether an endpoint is a local receiver (http, allowed only with PUSH_ALLOW_LOOPBACK). */
export const isLoopback = (url: URL) => url.protocol === 'http:'
