/**
 * Consentry's own elements in the body (the banner's and the dialog's roots, the floating
 * button) stay in the page when a site moves to its next page without a page load by
 * swapping `<body>`, or all that is in it: Turbo Drive, htmx's `hx-boost`, Livewire's
 * `wire:navigate` and Astro's view transitions do. Without this, the banner and the way
 * back to the choices would be gone after the first link the visitor follows.
 */
const kept = new Map<HTMLElement, boolean | undefined>()

/** Puts `element` first in the body (`first`, where keyboard users meet it first) or last, and keeps it there. */
export function keepInBody(element: HTMLElement, first?: boolean): void {
  if (!kept.size) new MutationObserver(restore).observe(document.documentElement, { childList: true, subtree: true })
  kept.set(element, first)
  // Marks it, so that a copy of it is known for one.
  element.setAttribute('data-consentry-own', '')
  place(element, first)
}

const place = (element: HTMLElement, first?: boolean) => document.body?.[first ? 'prepend' : 'append'](element)

/**
 * After any change to the page, a look at the few kept elements. Once one is out of the
 * page, the copies that a site's page cache brings back with a page (its snapshot of the
 * page, taken with them in it, has no handlers) are taken out, and the kept one put back.
 */
function restore(): void {
  kept.forEach((first, element) => {
    if (element.isConnected) return
    for (const copy of document.querySelectorAll<HTMLElement>('[data-consentry-own]')) kept.has(copy) || copy.remove()
    place(element, first)
  })
}
