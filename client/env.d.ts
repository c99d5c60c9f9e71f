/** Set at build time (vite.config.ts): the build's name, shown in 设置. */
declare const __BUILD_LABEL__: string
