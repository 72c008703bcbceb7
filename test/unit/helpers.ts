/** Test helpers shared by the unit suites. */

export function cookieNames(): string[] {
  return document.cookie.split(';').map((pair) => pair.split('=')[0].trim()).filter(Boolean)
}

/** Expires every cookie visible to the page, on every path and domain the tests use. */
export function clearCookies(): void {
  const paths = ['/', '/shop', '/shop/', '/shop/cart', '/blog']
  const domains = ['', '; domain=example.com', '; domain=www.example.com']
  for (const name of cookieNames()) {
    for (const path of paths) for (const domain of domains) {
      document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${path}${domain}`
    }
  }
}

/** The stored consent cookie, parsed. */
export function storedConsent(name = 'consentry'): unknown {
  const pair = document.cookie.split('; ').find((entry) => entry.startsWith(name + '='))
  return pair ? JSON.parse(decodeURIComponent(pair.slice(name.length + 1))) : undefined
}

/**
 * Watches the page for scripts going into it and returns the type each had then: the one it
 * ran with. Gating gives a script it ran its held-back type back once it is in, so the type
 * now is not that one. Within one batch of mutation records, the first change to a script's
 * type after its insertion holds the type it was inserted with as its old value.
 */
export function watchInsertedTypes(): (script: Element) => string | null | undefined {
  const types = new Map<Element, string | null>()
  const read = (records: MutationRecord[]) => {
    const justInserted = new Set<Node>()
    for (const record of records) {
      if (record.type == 'attributes' && justInserted.delete(record.target)) types.set(record.target as Element, record.oldValue)
      for (const node of record.addedNodes) {
        if (node instanceof HTMLScriptElement) types.set(node, node.getAttribute('type')), justInserted.add(node)
      }
    }
  }
  const observer = new MutationObserver(read)
  observer.observe(document, { childList: true, subtree: true, attributeFilter: ['type'], attributeOldValue: true })
  // Records not yet delivered are read first, so the answer does not wait for the observer's turn.
  return (script) => (read(observer.takeRecords()), types.get(script))
}
