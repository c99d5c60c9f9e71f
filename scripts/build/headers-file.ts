// A Vite plugin that writes _headers for the static assets (Workers assets read it): cache rules
// by path, and on every file the security headers of core/security.ts, the same table the
// worker and the service worker send with pages.
import type { Plugin } from 'vite'
import { securityHeaders } from '../../core/security'

/** Hashed files never change; the service worker and the manifest are revalidated so an update reaches readers. */
const CACHE_RULES: Record<string, string> = {
  '/assets/*': 'public, max-age=31536000, immutable',
  '/sw.js': 'no-cache',
  '/manifest.webmanifest': 'public, max-age=3600',
  '/icons/*': 'public, max-age=604800',
  '/favicon.ico': 'public, max-age=604800',
  '/apple-touch-icon.png': 'public, max-age=604800',
}

export function headersFile(): Plugin {
  return {
    name: 'zzrb-headers-file',
    async generateBundle() {
      const lines = ['# Written by the build (scripts/build/headers-file.ts) from core/security.ts.']
      for (const [path, cache] of Object.entries(CACHE_RULES)) lines.push(path, `  Cache-Control: ${cache}`)
      lines.push('/*')
      for (const [name, value] of Object.entries(await securityHeaders())) lines.push(`  ${name}: ${value}`)
      this.emitFile({ type: 'asset', fileName: '_headers', source: `${lines.join('\n')}\n` })
    },
  }
}
