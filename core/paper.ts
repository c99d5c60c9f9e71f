// The masthead settings (content/paper.json), validated by the publisher and bundled into the
// worker and the service worker, which render pages with them.
import paperJson from '../content/paper.json'
import type { Paper } from './model'

export const paper = paperJson as Paper
