import type { ServiceConfig } from '../core/types'
import { withOverrides } from './define'
import { days, minutes, months } from './durations'
import { googlePrivacyUrl, googleProvider } from './google-provider'

/**
 * Google Ads conversion tracking and remarketing. `_gcl_*` are first-party;
 * `IDE` and `test_cookie` live on doubleclick.net (listed, not deletable by the site).
 */
export function googleAds(overrides?: Partial<ServiceConfig>): ServiceConfig {
  return withOverrides(
    {
      id: 'google-ads',
      name: 'Google Ads',
      provider: googleProvider,
      category: 'advertising',
      purpose: {
        en: 'Measures which Google ads lead to visits and sign-ups, and shows our ads to people who visited the site.',
        nl: 'Meet welke Google-advertenties tot bezoeken en aanmeldingen leiden, en toont onze advertenties aan mensen die de site bezochten.',
        de: 'Misst, welche Google-Anzeigen zu Besuchen und Anmeldungen führen, und zeigt unsere Anzeigen Menschen, die die Website besucht haben.',
        fr: 'Mesure quelles annonces Google mènent à des visites et des inscriptions, et montre nos annonces aux personnes qui ont visité le site.',
      },
      cookies: [
        { name: '_gcl_au', duration: days(90) },
        { name: '_gcl_aw', duration: days(90) },
        { name: '_gcl_dc', duration: days(90) },
        { name: 'IDE', duration: months(13) },
        { name: 'test_cookie', duration: minutes(15) },
      ],
      privacyPolicyUrl: googlePrivacyUrl,
      hosts: ['googleadservices.com', 'doubleclick.net', 'googletagmanager.com'],
      consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
    },
    overrides,
  )
}
