import type { ServiceConfig } from '../core/types'
import { withOverrides } from './define'
import { months } from './durations'
import { googlePrivacyUrl, googleProvider } from './google-provider'

/**
 * Google Maps (JavaScript API and embeds). Embeds at www.google.com/maps/embed
 * share their host with all of Google, so host matching cannot find them: mark
 * those iframes with `data-service="google-maps"`.
 */
export function googleMaps(overrides?: Partial<ServiceConfig>): ServiceConfig {
  return withOverrides(
    {
      id: 'google-maps',
      name: 'Google Maps',
      provider: googleProvider,
      category: 'functional',
      purpose: {
        en: 'Shows interactive maps. Google receives your IP address and can remember your map settings.',
        nl: 'Toont interactieve kaarten. Google ontvangt je IP-adres en kan je kaartinstellingen onthouden.',
        de: 'Zeigt interaktive Karten. Google erhält Ihre IP-Adresse und kann Ihre Karteneinstellungen speichern.',
        fr: 'Affiche des cartes interactives. Google reçoit votre adresse IP et peut retenir vos paramètres de carte.',
      },
      cookies: [{ name: 'NID', duration: months(6) }],
      privacyPolicyUrl: googlePrivacyUrl,
      hosts: ['maps.googleapis.com', 'maps.google.com', 'maps.gstatic.com'],
    },
    overrides,
  )
}
