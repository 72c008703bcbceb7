import type { ServiceConfig } from '../core/types'
import { withOverrides } from './define'
import { googlePrivacyUrl, googleProvider } from './google-provider'

/**
 * Google Tag Manager sets no cookies itself; the tags it loads do, and belong
 * under their own services. It still sends the visitor's IP address to Google
 * and runs whatever tags the site configured, so by default it waits for
 * analytics consent. `consentMode: []` marks it as a Google tag that honours
 * Consent Mode (so advanced mode may load it early) while needing no type itself.
 */
export function googleTagManager(overrides?: Partial<ServiceConfig>): ServiceConfig {
  return withOverrides(
    {
      id: 'google-tag-manager',
      name: 'Google Tag Manager',
      provider: googleProvider,
      category: 'analytics',
      purpose: {
        en: 'Loads the tags the site has set up in Tag Manager. It sets no cookies itself; the tags it loads are listed under their own services.',
        nl: 'Laadt de tags die de site in Tag Manager heeft ingesteld. Plaatst zelf geen cookies; de tags die het laadt staan bij hun eigen dienst.',
        de: 'Lädt die Tags, die die Website im Tag Manager eingerichtet hat. Setzt selbst keine Cookies; die geladenen Tags stehen bei ihrem eigenen Dienst.',
        fr: 'Charge les balises que le site a configurées dans Tag Manager. Il ne dépose lui-même aucun cookie. Les balises qu’il charge figurent sous leur propre service.',
      },
      cookies: [],
      privacyPolicyUrl: googlePrivacyUrl,
      hosts: ['googletagmanager.com'],
      consentMode: [],
    },
    overrides,
  )
}
