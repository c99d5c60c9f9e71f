// The stylesheets a page links instead of inlining: what a phone's first view does not need (the
// desktop layout), or what only the part of the page after the link needs. A stylesheet linked in
// <body> holds back only what follows it, so the page above it paints at once and nothing
// restyles in view. Each is named by a hash of its text, so its address changes with it and can
// be kept for a year. The worker serves them (worker/styles.ts), and the service worker from its
// own copy, offline too.
import { desktop } from './desktop'
import { rest } from './rest'

const minify = (css: string) => css.replace(/\n/g, '')

/** FNV-1a, 32 bits: a name that changes with the text, computed the same in every runtime. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return (h >>> 0).toString(16).padStart(8, '0')
}

const linked = (css: string) => {
  const text = minify(css)
  return { href: `/css/${fnv1a(text)}.css`, text }
}

export const LINKED = {
  /** Linked in <head> with media="(min-width:1024px)". */
  desktop: linked(desktop),
  /** Linked before an article's first quote or figure, or after its text when it has none. */
  rest: linked(rest),
}

/** A linked stylesheet by its address, for the worker and the service worker to answer with. */
export const linkedSheet = (path: string): string | undefined =>
  Object.values(LINKED).find((s) => s.href === path)?.text
