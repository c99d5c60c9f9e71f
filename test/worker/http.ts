// Requests go through the real worker (its default export) inside workerd.
import { exports } from 'cloudflare:workers'

export const get = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`http://localhost:8787${path}`, init))

/** The text of every element matching a simple tag name, tags stripped. */
export function texts(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!.replace(/<[^>]+>/g, ''))
}

/** The JSON-LD blocks of a page, parsed. */
export function jsonLd(html: string): Array<Record<string, unknown>> {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!))
}
