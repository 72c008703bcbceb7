import { allows } from '../record'
import type { ConsentRecord, ResolvedConfig } from '../types'

type Vendors = {
  clarity?: (command: 'consentv2', consent: { ad_Storage: string; analytics_Storage: string }) => void
  fbq?: (command: 'consent', answer: 'grant' | 'revoke') => void
  ttq?: { grantConsent?: () => void; revokeConsent?: () => void }
}

const granted = (yes: boolean) => (yes ? 'granted' : 'denied')

/**
 * A tag that has run cannot be unloaded: after a withdrawal it would go on, and set the
 * cookies just deleted again. These vendors take a consent answer of their own, so each
 * decision made or adopted on this page is passed on to those whose code is on the page.
 * One that has not run yet needs none: it stays held back, or runs because it is allowed.
 * (Microsoft Clarity wants its answer on every page as well: its snippet gives it, see README.)
 * By catalogue id, in a Map, as a site's own service may be called `toString`.
 */
const SIGNALS = new Map<string, (allowed: boolean, consent: ConsentRecord | null, vendors: Vendors) => void>([
  // Microsoft's mapping for consent tools: ad storage follows advertising, and neither is granted to a refused Clarity.
  [
    'microsoft-clarity',
    (allowed, consent, { clarity }) =>
      clarity?.('consentv2', { ad_Storage: granted(allowed && consent?.categories.advertising === true), analytics_Storage: granted(allowed) }),
  ],
  ['facebook-pixel', (allowed, _, { fbq }) => fbq?.('consent', allowed ? 'grant' : 'revoke')],
  ['tiktok-pixel', (allowed, _, { ttq }) => ttq?.[allowed ? 'grantConsent' : 'revokeConsent']?.()],
])

/** Tells the running tags of the config's services what `consent` allows them (`null`: nothing, after reset()). */
export function signalVendors(config: ResolvedConfig, consent: ConsentRecord | null): void {
  for (const { id, category } of config.services) {
    // Vendor code may throw: the decision stands, and the other vendors still hear it.
    try {
      SIGNALS.get(id)?.(!!consent && allows(consent, category, id), consent, window as Vendors)
    } catch {}
  }
}
