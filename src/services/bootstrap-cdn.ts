import type { ServiceConfig } from '../core/types'
import { withOverrides } from './define'

/**
 * Bootstrap from its CDN. BootstrapCDN now redirects to jsDelivr, which Bootstrap's
 * own docs use; jsDelivr serves other libraries from the same host, so they match too.
 * Sets no cookies, but the CDN receives the visitor's IP address.
 */
export function bootstrapCdn(overrides?: Partial<ServiceConfig>): ServiceConfig {
  return withOverrides(
    {
      id: 'bootstrap-cdn',
      name: 'Bootstrap CDN (jsDelivr)',
      provider: 'Prospect One Sp. z o.o.',
      category: 'functional',
      purpose: {
        en: 'Delivers the Bootstrap styles and scripts the layout relies on. The CDN receives your IP address; it sets no cookies.',
        nl: 'Levert de Bootstrap-opmaak en -scripts waarop de site steunt. Het CDN ontvangt je IP-adres; het plaatst geen cookies.',
        de: 'Liefert die Bootstrap-Stile und -Skripte, auf denen das Layout aufbaut. Das CDN erhält Ihre IP-Adresse; es setzt keine Cookies.',
        fr: 'Fournit les styles et scripts Bootstrap sur lesquels repose la mise en page. Le CDN reçoit votre adresse IP, mais ne dépose aucun cookie.',
      },
      cookies: [],
      privacyPolicyUrl: 'https://www.jsdelivr.com/terms/privacy-policy-jsdelivr-net',
      hosts: ['cdn.jsdelivr.net', 'bootstrapcdn.com'],
    },
    overrides,
  )
}
