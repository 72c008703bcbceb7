import type { ServiceConfig } from '../core/types'
import { withOverrides } from './define'

/** Font Awesome icons from its CDN or a kit (use., kit. and ka-f.fontawesome.com). Sets no cookies. */
export function fontAwesomeCdn(overrides?: Partial<ServiceConfig>): ServiceConfig {
  return withOverrides(
    {
      id: 'font-awesome-cdn',
      name: 'Font Awesome CDN',
      provider: 'Fonticons, Inc.',
      category: 'functional',
      purpose: {
        en: 'Delivers the icons used on the site. Font Awesome receives your IP address; it sets no cookies.',
        nl: 'Levert de iconen op de site. Font Awesome ontvangt je IP-adres; het plaatst geen cookies.',
        de: 'Liefert die Symbole der Website. Font Awesome erhält Ihre IP-Adresse; es setzt keine Cookies.',
        fr: 'Fournit les icônes du site. Font Awesome reçoit votre adresse IP, mais ne dépose aucun cookie.',
      },
      cookies: [],
      privacyPolicyUrl: 'https://fontawesome.com/privacy',
      hosts: ['fontawesome.com'],
    },
    overrides,
  )
}
