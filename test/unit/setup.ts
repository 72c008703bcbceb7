import { afterEach } from 'vitest'

// Each test is a page of its own, but they share one document: what the engines and dialogs
// of earlier tests started would otherwise still act on the next test's page. Their observers
// (watching for added tags) and their visibility listeners (adopting a decision made
// elsewhere) stop with their test. (Suites that run in Node have no DOM, and none of these.)
const observers: MutationObserver[] = []
const visibilityListeners: EventListenerOrEventListenerObject[] = []
if (typeof document == 'object') {
  globalThis.MutationObserver = class extends MutationObserver {
    constructor(callback: MutationCallback) {
      super(callback)
      observers.push(this)
    }
  }
  const addListener = document.addEventListener.bind(document)
  document.addEventListener = (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
    if (type == 'visibilitychange') visibilityListeners.push(listener)
    addListener(type, listener, options)
  }
}

afterEach(() => {
  for (const observer of observers.splice(0)) observer.disconnect()
  for (const listener of visibilityListeners.splice(0)) document.removeEventListener('visibilitychange', listener)
})
