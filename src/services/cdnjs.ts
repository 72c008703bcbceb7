import type { ServiceConfig } from '../core/types'
import { withOverrides } from './define'

/**
 * cdnjs, Cloudflare's public library CDN (Font Awesome, jQuery, Swiper...). A separate
 * service from `cloudflare` (the network in front of the site, which is necessary):
 * fetching a library from it is the site's choice, not something the site needs to
 * work, and it hands the visitor's IP address to a third party. Sets no cookies.
 */
export function cdnjs(overrides?: Partial<ServiceConfig>): ServiceConfig {
  return withOverrides(
    {
      id: 'cdnjs',
      name: 'cdnjs',
      provider: 'Cloudflare, Inc.',
      category: 'functional',
      purpose: {
        en: 'Delivers scripts, styles and fonts the site uses from a public library CDN. The CDN receives your IP address; it sets no cookies.',
        nl: 'Levert scripts, opmaak en lettertypen die de site gebruikt vanaf een openbaar CDN. Het CDN ontvangt je IP-adres; het plaatst geen cookies.',
        de: 'Liefert Skripte, Stile und Schriften, die die Website nutzt, aus einem öffentlichen CDN. Das CDN erhält Ihre IP-Adresse; es setzt keine Cookies.',
        fr: 'Fournit des scripts, styles et polices utilisés par le site depuis un CDN public. Le CDN reçoit votre adresse IP, mais ne dépose aucun cookie.',
      },
      cookies: [],
      privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/',
      hosts: ['cdnjs.cloudflare.com'],
    },
    overrides,
  )
}
