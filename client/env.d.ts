/** Set at build time: a label for test builds (see vite.config.ts). */
declare const __BUILD_LABEL__: string
