import { isAdvancedConsentModeService } from './integrations/consent-mode'
import { allows } from './record'
import { HELD_IMAGE } from './selectors'
import type { ConsentRecord, ResolvedConfig } from './types'

/**
 * Takes back the address of every held-back image (a tracking pixel) that `consent` no longer
 * allows (`null`, after reset(): all but the necessary), once it has loaded it. Its request has been
 * made, but an image that keeps its `src` is requested again by every copy of it: `cloneNode` alone
 * does it, and htmx copies the page that way for its history at each navigation. Its `data-src`
 * stays; a `src` of the site's own (a stand-in until consent) is left alone.
 */
export function unloadRefusedImages(config: ResolvedConfig, consent: ConsentRecord | null): void {
  for (const image of document.querySelectorAll(HELD_IMAGE)) {
    const category = image.getAttribute('data-category') as string
    const id = image.getAttribute('data-service')
    const allowed =
      allows(consent, category, id || undefined) ||
      // As gating: Consent Mode's advanced mode loads a Google service's tags without consent.
      (!!id && isAdvancedConsentModeService(config, id))
    if (!allowed && image.getAttribute('src') == image.getAttribute('data-src')) {
      image.removeAttribute('srcset')
      image.removeAttribute('src')
    }
  }
}
