import type { ServiceConfig } from '../core/types'
import { withOverrides } from './define'
import { years } from './durations'
import { googlePrivacyUrl, googleProvider } from './google-provider'

/**
 * Google Analytics 4, through gtag.js or Tag Manager. GA4 sets only `_ga` and
 * `_ga_<id>`; `_gid` and `_gat` belonged to Universal Analytics, which is gone.
 * gtag.js is served from googletagmanager.com, hence that host.
 */
export function googleAnalytics(overrides?: Partial<ServiceConfig>): ServiceConfig {
  return withOverrides(
    {
      id: 'google-analytics',
      name: 'Google Analytics',
      provider: googleProvider,
      category: 'analytics',
      purpose: {
        en: 'Counts visits and measures how the site is used, so we can improve it.',
        nl: 'Telt bezoeken en meet hoe de site wordt gebruikt, zodat we die kunnen verbeteren.',
        de: 'Zählt Besuche und misst, wie die Website genutzt wird, damit wir sie verbessern können.',
        fr: 'Compte les visites et mesure comment le site est utilisé, pour que nous puissions l’améliorer.',
      },
      cookies: [
        { name: '_ga', duration: years(2) },
        { name: '_ga_*', duration: years(2) },
      ],
      privacyPolicyUrl: googlePrivacyUrl,
      hosts: ['google-analytics.com', 'analytics.google.com', 'googletagmanager.com'],
      consentMode: ['analytics_storage'],
    },
    overrides,
  )
}
