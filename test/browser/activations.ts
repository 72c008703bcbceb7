import type { Page } from '@playwright/test'

/**
 * Records, from the first script on, the order in which held-back tags come
 * alive: a `<script data-category>` inserted with a real type, or `src`/`href`
 * set on an `<iframe>`, `<img>` or `<link data-category>`. Each entry is
 * `tag:service`. This is the order Consentry controls; the browser may still
 * fetch an iframe before a script inserted earlier (it schedules them apart).
 * Call before `goto`.
 */
export async function recordActivations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = ((window as unknown as { __activations: string[] }).__activations = [])
    const label = (el: Element) => `${el.tagName.toLowerCase()}:${el.getAttribute('data-service') ?? el.getAttribute('data-category')}`
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') {
          const el = record.target as Element
          if (el.hasAttribute('data-category') && !record.oldValue && el.getAttribute(record.attributeName!)) log.push(label(el))
        }
        for (const node of Array.from(record.addedNodes)) {
          if (node instanceof HTMLScriptElement && node.hasAttribute('data-category') && node.type !== 'text/plain') log.push(label(node))
        }
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeOldValue: true, attributeFilter: ['src', 'href'] })
  })
}

export function activations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __activations?: string[] }).__activations ?? [])
}

/** Every held-back tag of the page as `tag:service`, in document order (run before anything is allowed). */
export function heldBackTags(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-category]'), (el) => `${el.tagName.toLowerCase()}:${el.getAttribute('data-service') ?? el.getAttribute('data-category')}`),
  )
}
