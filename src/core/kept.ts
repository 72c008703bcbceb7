/**
 * Consentry's own elements in the page (the banner's and the dialog's roots and the
 * floating button in the body, its stylesheet links in the head) stay there when a site
 * moves to its next page without a page load: Turbo Drive, htmx's `hx-boost`, Livewire's
 * `wire:navigate` and Astro's view transitions swap `<body>`, or all that is in it, and
 * Astro also takes out of `<head>` what the next page's lacks. Without this, the banner
 * and the way back to the choices would be gone after the first link the visitor follows.
 */
import type { Place } from './types'

const kept = new Map<HTMLElement, Place>()

/** Puts `element` in its place and keeps it there. */
export function keep(element: HTMLElement, place: Place): void {
  if (!kept.size) new MutationObserver(restore).observe(document.documentElement, { childList: true, subtree: true })
  kept.set(element, place)
  // Marks it, so that a copy of it is known for one.
  element.setAttribute('data-consentry-own', '')
  put(element, place)
}

const put = (element: HTMLElement, place: Place) =>
  place == 'head' ? document.head.append(element) : document.body?.[place](element)

/**
 * After any change to the page, a look at the few kept elements. Once one is out of the
 * page, the copies that a site's page cache brings back with a page (its snapshot of the
 * page, taken with them in it, has no handlers) are taken out, and the kept one put back.
 */
function restore(): void {
  kept.forEach((place, element) => {
    if (element.isConnected) return
    for (const copy of document.querySelectorAll<HTMLElement>('[data-consentry-own]')) kept.has(copy) || copy.remove()
    put(element, place)
  })
}
