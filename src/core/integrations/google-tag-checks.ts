import { isObject } from '../config'
import { tellError } from '../log'
import type { ConsentRecord, ReadableStore } from '../types'

/**
 * Two ways a site can place its Google tags so that Consent Mode cannot guard them, told to the
 * site owner: nothing Consentry pushes can repair either once it has happened.
 */

/**
 * Whether a Google tag started before the consent default (`dataLayer` as it is now): Tag Manager's
 * snippet pushes its `gtm.js` event as it runs (its container then fires every tag with no
 * consent state, which Google reads as granted), gtag.js's snippet its `config` command, and
 * either script, once loaded, sets `google_tag_manager`. Google applies a default only before these.
 */
export function checkGoogleWentFirst(dataLayer: unknown[]): void {
  if ('google_tag_manager' in window || dataLayer.some((entry) => isObject(entry) && (entry.event == 'gtm.js' || entry[0] == 'config')))
    tellError('consentMode.afterGoogle')
}

/** Google's tag scripts (Tag Manager's gtm.js, gtag.js) load from here; the URL is the resolved `src`. */
const GOOGLE_TAG = /^https?:\/\/([^/?#]*\.)?googletagmanager\.com(:\d*)?\//i

/**
 * In basic mode Google tags wait for consent only when the site holds them back
 * (`type="text/plain"`, or autoBlock, which gives a script it holds that same type). One that is
 * not held back loads before consent. Looked for once the page is parsed (the tags come after
 * this script), while nothing but the necessary can have run through Consentry: with no decision,
 * or after a Reject all. Any other decision may have let a held-back snippet run, and the
 * gtm.js it inserts is rightly unmarked.
 */
export function checkUnmarkedGoogleTags($consent: ReadableStore<ConsentRecord | null>): void {
  const look = () => {
    const decision = $consent.get()
    if (decision && decision.method != 'reject-all') return
    for (const script of document.querySelectorAll('script[src]'))
      if (GOOGLE_TAG.test((script as HTMLScriptElement).src) && script.getAttribute('type') != 'text/plain') tellError('consentMode.unmarkedTag', (script as HTMLScriptElement).src)
  }
  // After init has read the stored decision (it installs Consent Mode just before).
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', look)
  else Promise.resolve().then(look)
}
