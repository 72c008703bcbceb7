import { afterEach } from 'vitest'

// Each test is a page of its own, but they share one document: the observers that earlier
// tests' engines and dialogs started would otherwise still act on the next test's page.
// (Suites that run in Node have no DOM, and no observers.)
const observers: MutationObserver[] = []
if (typeof MutationObserver == 'function') {
  globalThis.MutationObserver = class extends MutationObserver {
    constructor(callback: MutationCallback) {
      super(callback)
      observers.push(this)
    }
  }
}

afterEach(() => {
  for (const observer of observers.splice(0)) observer.disconnect()
})
