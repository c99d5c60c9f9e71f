// The browser build: the page's entry (client/main.ts) and the service worker (client/sw/sw.ts,
// Workbox injectManifest), into dist/client, which the worker serves as static assets.
import preact from '@preact/preset-vite'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { headersFile } from './scripts/build/headers-file'
import { islandNames } from './scripts/build/island-names'

/** Shell pages the worker renders and the service worker precaches; a new build re-fetches them. */
const SHELL_PAGES = ['/offline', '/saved', '/settings', '/search']
// ZZRB_BUILD_LABEL names a build (the update test builds v1 and v2): its shell pages' revision,
// and the version 设置 shows; without it, the build's time.
const revision = process.env.ZZRB_BUILD_LABEL ?? String(Date.now())
const label = process.env.ZZRB_BUILD_LABEL ?? new Date().toISOString().slice(0, 16).replace('T', ' ')

/** terser's options for the service worker's build (vite-plugin-pwa passes `minify` alone): ~300 B gzip less than Vite's default minifier. */
const swTerser: Plugin = {
  name: 'zzrb-sw-terser',
  config: () => ({
    build: { terserOptions: { ecma: 2020, module: true, toplevel: true, compress: { passes: 3 } } },
  }),
}

export default defineConfig({
  root: 'client',
  publicDir: 'public',
  define: { __BUILD_LABEL__: JSON.stringify(label) },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    // Islands load once the page is idle: no preload links, and no helper to insert them.
    modulePreload: false,
    rollupOptions: { input: { main: 'client/main.ts' } },
  },
  plugins: [
    islandNames(),
    preact(),
    headersFile(),
    VitePWA({
      strategies: 'injectManifest',
      // ZZRB_SW_KILL=1 ships the kill switch instead (client/sw/kill-switch/sw.ts): it removes
      // the worker and its caches. Both build to /sw.js: browsers update a worker by its URL.
      srcDir: process.env.ZZRB_SW_KILL === '1' ? 'sw/kill-switch' : 'sw',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['assets/*.{js,css}', 'icons/*.{png,svg}', '*.{ico,png}', 'manifest.webmanifest'],
        additionalManifestEntries: SHELL_PAGES.map((url) => ({ url, revision })),
        // The service worker renders kept pages, islands included: they need their names too.
        buildPlugins: { vite: [islandNames(), swTerser] },
        // Every first visit downloads the worker before it is offline-ready: terser, three passes.
        minify: 'terser',
      },
    }),
  ],
})
