import type { ServiceConfig } from '../core/types'
import { withOverrides } from './define'
import { months, years } from './durations'

/**
 * X (Twitter) embeds: posts and timelines, through widgets.js or their iframes.
 * Hosts are the embeds' own (widgets.js and post iframes on platform.twitter.com,
 * timelines on syndication.twitter.com), not twitter.com at large, so X's ad pixel
 * is not mistaken for it. X's cookie policy names no cookies: the `guest_id` lifetime is
 * the Max-Age X's servers send (34,214,400 s, 396 days, about 13 months, since 2022; its
 * `_ads` and `_marketing` copies come with it), which the Open Cookie Database's "2 years"
 * predates; `personalization_id`'s 2 years is the Database's.
 */
export function x(overrides?: Partial<ServiceConfig>): ServiceConfig {
  return withOverrides(
    {
      id: 'x',
      name: 'X (Twitter)',
      provider: 'Twitter International Unlimited Company',
      category: 'social',
      purpose: {
        en: 'Shows embedded posts and timelines from X. X learns which of our pages you visit and can use it for ads.',
        nl: "Toont ingesloten berichten en tijdlijnen van X. X ziet welke pagina's van ons je bezoekt en kan dat gebruiken voor advertenties.",
        de: 'Zeigt eingebettete Beiträge und Timelines von X. X erfährt, welche unserer Seiten Sie besuchen, und kann das für Werbung nutzen.',
        fr: 'Affiche les publications et fils X intégrés. X apprend quelles pages de notre site vous visitez et peut s’en servir pour ses publicités.',
      },
      cookies: [
        { name: 'guest_id', duration: months(13) },
        { name: 'guest_id_ads', duration: months(13) },
        { name: 'guest_id_marketing', duration: months(13) },
        { name: 'personalization_id', duration: years(2) },
      ],
      privacyPolicyUrl: 'https://x.com/en/privacy',
      hosts: ['platform.twitter.com', 'syndication.twitter.com'],
    },
    overrides,
  )
}
