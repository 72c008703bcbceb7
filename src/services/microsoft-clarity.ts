import type { ServiceConfig } from '../core/types'
import { withOverrides } from './define'
import { days, minutes, months, session, years } from './durations'

/**
 * Microsoft Clarity. `_clck` and `_clsk` are first-party; the others are
 * Microsoft's own (clarity.ms, bing.com), listed because Clarity causes them.
 * No `consentMode`: Clarity has its own consent API. It stays blocked until consent, and once it
 * runs, each decision on the page is passed on to it (core/integrations/vendor-signals.ts).
 */
export function microsoftClarity(overrides?: Partial<ServiceConfig>): ServiceConfig {
  return withOverrides(
    {
      id: 'microsoft-clarity',
      name: 'Microsoft Clarity',
      provider: 'Microsoft Ireland Operations Ltd.',
      category: 'analytics',
      purpose: {
        en: 'Heatmaps and session recordings that show how visitors use the site.',
        nl: 'Heatmaps en sessie-opnames die laten zien hoe bezoekers de site gebruiken.',
        de: 'Heatmaps und Sitzungsaufzeichnungen, die zeigen, wie Besucher die Website nutzen.',
        fr: 'Cartes de chaleur et enregistrements de sessions qui montrent comment les visiteurs utilisent le site.',
      },
      cookies: [
        { name: '_clck', duration: years(1) },
        { name: '_clsk', duration: days(1) },
        { name: 'CLID', duration: years(1) },
        { name: 'MUID', duration: months(13) },
        { name: 'ANONCHK', duration: minutes(10) },
        { name: 'MR', duration: days(7) },
        { name: 'SM', duration: session },
      ],
      privacyPolicyUrl: 'https://privacy.microsoft.com/privacystatement',
      hosts: ['clarity.ms'],
    },
    overrides,
  )
}
