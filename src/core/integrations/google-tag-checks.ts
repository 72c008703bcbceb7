import { isObject } from '../config'
import { tellError } from '../log'

/**
 * Ways a site can place its Google tags so that Consent Mode cannot guard them, told to the
 * site owner: nothing Consentry pushes can repair them once they have happened.
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
