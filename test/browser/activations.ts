import type { Page } from '@playwright/test'

/**
 * Records, from the first script on, the order in which held-back tags come
 * alive: a `<script data-category>` inserted with a real type, or `src`/`href`
 * set on an `<iframe>`, `<img>` or `<link data-category>`. Each entry is
 * `tag:service`. This is the order Consentry controls; the browser may still
 * fetch an iframe before a script inserted earlier (it schedules them apart).
 * Call before `goto`.
 *
 * A script Consentry ran is given its held-back type back once it is in the page,
 * so its type when the records arrive may no longer be the one it was inserted
 * with. Within one batch of records, the first change to its type after its
 * insertion holds that type as its old value.
 */
export async function recordActivations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = ((window as unknown as { __activations: string[] }).__activations = [])
    const label = (el: Element) => `${el.tagName.toLowerCase()}:${el.getAttribute('data-service') ?? el.getAttribute('data-category')}`
    new MutationObserver((records) => {
      // This batch's tags come alive in order; a script's entry holds the type it was inserted with.
      const batch: { el: Element; type?: string | null; retyped?: boolean }[] = []
      for (const record of records) {
        const el = record.target as Element
        if (record.attributeName === 'type') {
          const inserted = batch.find((entry) => entry.el === el && entry.type !== undefined && !entry.retyped)
          if (inserted) Object.assign(inserted, { type: record.oldValue, retyped: true })
        } else if (record.type === 'attributes') {
          if (el.hasAttribute('data-category') && !record.oldValue && el.getAttribute(record.attributeName!)) batch.push({ el })
        }
        for (const node of Array.from(record.addedNodes)) {
          if (node instanceof HTMLScriptElement && node.hasAttribute('data-category')) batch.push({ el: node, type: node.getAttribute('type') })
        }
      }
      for (const { el, type } of batch) if (type !== 'text/plain') log.push(label(el))
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeOldValue: true, attributeFilter: ['src', 'href', 'type'] })
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
