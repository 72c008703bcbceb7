import { isSafeUrl } from './config'
import { tellError } from './log'
import { canRun, HELD_EMBED, HELD_IMAGE } from './selectors'

/** Whether a tag of this category (and service, where the tag names one) may run. */
export type Permission = (category: string, service?: string) => boolean

/** Tags the site holds back: the attribute names match vanilla-cookieconsent's. */
export const HELD_BACK =
  'script[type="text/plain"][data-category],' + HELD_EMBED + ',' + HELD_IMAGE + ',link[data-href][data-category]'

/** Tags gating has activated (or is activating): autoBlock lets them through. */
export const activated = new WeakSet<Element>()
const reported = new WeakSet<Element>()
let queue: Promise<void> = Promise.resolve()

/**
 * Activates every held-back tag that is now allowed, in document order and
 * once per page. Runs are queued so two decisions never interleave, and the
 * browser gets the main thread back before each tag to keep each task short.
 */
export function activateAllowed(allowed: Permission, categories: string[]): Promise<void> {
  queue = queue.then(() => activateRun(allowed, categories))
  return queue
}

async function activateRun(allowed: Permission, categories: string[]): Promise<void> {
  const done = (element: Element) => activated.has(element) || !element.isConnected
  for (const element of document.querySelectorAll(HELD_BACK)) {
    if (done(element)) continue
    const claims = claimsOf(element, categories)
    if (!claims || !allowed(...claims)) continue
    // Before each tag, not after: the first one then runs in a task of its own rather than
    // in the click that gave consent, which stays short.
    await yieldToBrowser()
    if (done(element)) continue
    activated.add(element)
    await activate(element)
  }
}

/**
 * The category and service a held-back tag asks to run under, or nothing for one that never
 * runs (`canRun`), told once. Gating's and autoBlock's shadow-root release both ask this.
 */
export function claimsOf(element: Element, categories: string[]): [category: string, service?: string] | undefined {
  const category = element.getAttribute('data-category') as string
  const service = element.getAttribute('data-service') || undefined
  if (canRun(category, service, categories)) return [category, service]
  if (reported.has(element)) return undefined
  reported.add(element)
  const what = element.getAttribute('src') || element.getAttribute('data-src') || element.getAttribute('data-href') || 'inline'
  tellError('tag.category', [element.tagName.toLowerCase(), category, what, categories, service])
  return undefined
}

/** Lets one held-back tag run or load; autoBlock calls it for those in shadow roots, which the page-wide look misses. */
export function activate(element: Element): Promise<void> | void {
  if (element instanceof HTMLScriptElement) return activateScript(element)
  const src = element.getAttribute('data-src') as string
  // Only an http(s), mailto or relative src (isSafeUrl), never `javascript:`: in an iframe it runs as the
  // page. Markup a visitor wrote can reach the page with data-* attributes intact (sanitizers keep
  // them), and would otherwise be made script here; no embed or pixel needs another scheme.
  if (element instanceof HTMLLinkElement) {
    element.href = element.getAttribute('data-href') as string
  } else if (isSafeUrl(src)) {
    const srcset = element.getAttribute('data-srcset')
    if (srcset) element.setAttribute('srcset', srcset)
    // Already showing it (an embed loaded once from its placeholder): setting it again would reload it.
    if (element.getAttribute('src') != src) element.setAttribute('src', src)
  }
}

/**
 * A script only runs when inserted as a new element. Everything the author
 * wrote is kept (nonce, integrity, crossorigin, referrerpolicy, async);
 * `data-type` restores the real type, e.g. `module`. A classic external
 * script without `async` is waited for, so the inline code after it
 * finds what it defined, as it would have without Consentry.
 *
 * Once inserted it gets its held-back type back. It has already run or started
 * loading, but a copy Turbo or htmx saves of the page, and puts back on Back,
 * is then held back too: it runs again only if the decision by then allows it.
 */
function activateScript(held: HTMLScriptElement): Promise<void> | void {
  const script = document.createElement('script')
  activated.add(script)
  for (const { name, value } of held.attributes) {
    if (name != 'type') script.setAttribute(name, value)
  }
  const type = held.getAttribute('data-type')
  if (type) script.type = type
  // Browsers hide the nonce attribute's value after parsing; the property keeps it.
  if (held.nonce) script.nonce = held.nonce
  // vanilla-cookieconsent's markup may name an external script by `data-src`.
  const src = held.getAttribute('src') || held.getAttribute('data-src')
  if (!src) script.text = held.text
  else {
    script.src = src
    script.async = held.hasAttribute('async')
  }
  let loaded: () => void = () => {}
  // Waited for only as a classic script the browser runs, which says when it is done. One marked
  // `nomodule`, or of a type that is not JavaScript (a template, JSON), fires neither event and would
  // hold up every tag after it; a module runs after the page is parsed anyway.
  const waitForLoad = src && !script.async && !held.noModule && (!type || /script$/i.test(type)) ? new Promise<void>((resolve) => (loaded = resolve)) : undefined
  // Code that inserted the held element may wait for its load event (autoBlock). Told once
  // the held element is out of the page, so the page's own listeners hear the event once.
  for (const event of ['load', 'error']) {
    script.addEventListener(event, () => {
      loaded()
      queueMicrotask(() => held.dispatchEvent(new Event(event)))
    })
  }
  held.replaceWith(script)
  // In a microtask, after the page's mutation observers have seen it inserted: Consentry's own
  // then does not take it for a held-back tag just added and look over the whole page again.
  queueMicrotask(() => (script.type = 'text/plain'))
  return waitForLoad
}

/** Gives the browser a chance to paint and handle input between tags. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve))
}
