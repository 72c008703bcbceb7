import { logWarning } from './log'
import type { ConsentRecord, DecisionSource } from './types'

const RETRIES = 2

/**
 * Sends a decision to the site's own endpoint so it can prove consent later, whether the
 * browser `stored` it (when not, it held for that page only: the visitor is asked again), and
 * where it was made (`source`: the banner, the preferences, an embed, or the page's own code).
 * sendBeacon survives the page unloading right after the click; fetch with
 * keepalive is the fallback. It never blocks the UI, retries a bounded number
 * of times, and no failure escapes as an unhandled rejection.
 */
export function sendConsentLog(url: string, record: ConsentRecord, stored: boolean, source: DecisionSource): void {
  // The page without its query and fragment: those can hold what is no part of a proof of consent
  // and must not leave the page (an e-mail address, a reset token, an OAuth `#access_token`, which
  // the site's own server never even sees), least of all to a logging service on another origin.
  const body = JSON.stringify({ consent: record, page: location.origin + location.pathname, stored, source })
  try {
    // Only to the page's own origin: a beacon always carries credentials, so another origin's
    // endpoint that answers CORS with `*` (the usual answer) has every beacon refused, and the
    // page is never told. fetch sends none there, and says when it fails. A relative URL goes where the
    // browser sends it: against the page's <base href>, which may be another origin.
    if (new URL(url, document.baseURI).origin == location.origin && navigator.sendBeacon?.(url, new Blob([body], { type: 'application/json' }))) return
  } catch {
    // sendBeacon throws on some URLs (e.g. over its size limit); fetch may still work.
  }
  if (typeof fetch === 'function') void post(url, body, stored, RETRIES)
}

async function post(url: string, body: string, stored: boolean, retriesLeft: number): Promise<void> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      body,
      keepalive: true,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
    })
    if (response.ok) return
    throw new Error(`HTTP ${response.status}`)
  } catch (error) {
    if (retriesLeft > 0) {
      await new Promise((resolve) => setTimeout(resolve, 1000 * (RETRIES - retriesLeft + 1)))
      return post(url, body, stored, retriesLeft - 1)
    }
    logWarning(`could not send the decision to consentLog.url "${url}" (${(error as Error).message}).${stored ? ' The choice itself is stored.' : ''}`)
  }
}
