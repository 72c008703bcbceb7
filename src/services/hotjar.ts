import type { ServiceConfig } from '../core/types'
import { withOverrides } from './define'
import { days, minutes } from './durations'

/** Hotjar. The `_hj*` row covers its short-lived flags (surveys, sampling, storage tests), so withdrawal deletes them too. */
export function hotjar(overrides?: Partial<ServiceConfig>): ServiceConfig {
  return withOverrides(
    {
      id: 'hotjar',
      name: 'Hotjar',
      provider: 'Hotjar Ltd.',
      category: 'analytics',
      purpose: {
        en: 'Heatmaps, session recordings and surveys that show how visitors use the site.',
        nl: 'Heatmaps, sessie-opnames en enquêtes die laten zien hoe bezoekers de site gebruiken.',
        de: 'Heatmaps, Sitzungsaufzeichnungen und Umfragen, die zeigen, wie Besucher die Website nutzen.',
        fr: 'Cartes de chaleur, enregistrements de sessions et enquêtes qui montrent comment les visiteurs utilisent le site.',
      },
      cookies: [
        { name: '_hjSessionUser_*', duration: days(365) },
        { name: '_hjSession_*', duration: minutes(30) },
        {
          name: '_hj*',
          duration: { en: 'session to 365 days', nl: 'sessie tot 365 dagen', de: 'Sitzungsdauer bis 365 Tage', fr: 'de la session à 365 jours' },
          purpose: {
            en: 'Survey, sampling and test flags',
            nl: 'Vlaggen voor enquêtes, steekproeven en tests',
            de: 'Markierungen für Umfragen, Stichproben und Tests',
            fr: 'Indicateurs d’enquêtes, d’échantillonnage et de tests',
          },
        },
      ],
      privacyPolicyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
      hosts: ['hotjar.com', 'hotjar.io'],
    },
    overrides,
  )
}
