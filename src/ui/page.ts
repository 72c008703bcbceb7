/**
 * The few touches on the host page that the core, the UI chunk and the reopen
 * button need. Plain DOM: no Preact here.
 */
import { keep } from '../core/kept'
import { logError } from '../core/log'
import type { ConsentRecord, ReadableStore, ResolvedConfig } from '../core/types'

/**
 * The theme class shared by the UI root and the reopen button: `cy-light`, `cy-dark` or `cy-auto`.
 * Here, with what every page has, rather than beside the root: the ES module's button chunk
 * would otherwise share it with the banner's as a chunk of its own, one more fetch before the banner.
 */
export const themeClass = (config: ResolvedConfig) => 'cy-' + (config.ui.theme || 'auto')

/** Runs `start` once `document.body` exists: the core may run in `<head>`. */
export function whenBody(start: () => void): void {
  if (document.body) start()
  else document.addEventListener('DOMContentLoaded', start)
}

/** Runs `start` once a valid decision exists: at once on a returning visit, else after the first one. */
export function whenDecided($consent: ReadableStore<ConsentRecord | null>, start: () => void): void {
  if ($consent.get()) return start()
  const stop = $consent.listen((consent) => {
    if (!consent) return
    stop()
    start()
  })
}

/**
 * Adds one of Consentry's stylesheets as a `<link>` (inline styles would break
 * a strict `style-src 'self'` CSP), unless the page already links it as a
 * stylesheet (a `rel=preload` of it applies no styles: the link is still added,
 * and uses what was preloaded). Returns the link, new or found. A link it adds
 * says so on the console if its file fails: what it styles then stays hidden, and
 * a site would otherwise never learn why its banner does not show.
 */
export function ensureStylesheet(href: string | false | undefined): HTMLLinkElement | undefined {
  if (typeof href != 'string') return
  const link = document.createElement('link')
  link.rel = 'stylesheet'
  link.href = href
  for (const existing of document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')) if (existing.href == link.href) return existing
  link.onerror = () => logError(`could not load ${link.href}: what it styles stays hidden.`)
  // Kept in the head: a site that swaps it for the next page's would take it away.
  keep(link, 'head')
  return link
}
