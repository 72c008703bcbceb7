import type { ServiceConfig } from '../core/types'
import { withOverrides } from './define'
import { days, hours, years } from './durations'

/**
 * LinkedIn Insight Tag. Hosts are the tag's own, not linkedin.com at large,
 * so LinkedIn embeds are not mistaken for it. Only `li_fat_id` is first-party.
 */
export function linkedinInsight(overrides?: Partial<ServiceConfig>): ServiceConfig {
  return withOverrides(
    {
      id: 'linkedin-insight',
      name: 'LinkedIn Insight Tag',
      provider: 'LinkedIn Ireland Unlimited Company',
      category: 'tracking',
      purpose: {
        en: 'Recognises LinkedIn members across websites to measure our LinkedIn campaigns and show them our ads.',
        nl: 'Herkent LinkedIn-leden op andere websites om onze LinkedIn-campagnes te meten en hun onze advertenties te tonen.',
        de: 'Erkennt LinkedIn-Mitglieder auf anderen Websites, um unsere LinkedIn-Kampagnen zu messen und ihnen unsere Anzeigen zu zeigen.',
        fr: 'Reconnaît les membres LinkedIn sur d’autres sites pour mesurer nos campagnes LinkedIn et leur montrer nos publicités.',
      },
      cookies: [
        { name: 'li_sugr', duration: days(90) },
        { name: 'bcookie', duration: years(1) },
        { name: 'lidc', duration: hours(24) },
        { name: 'UserMatchHistory', duration: days(30) },
        { name: 'AnalyticsSyncHistory', duration: days(30) },
        { name: 'li_fat_id', duration: days(30) },
        { name: 'li_giant', duration: days(7) },
      ],
      privacyPolicyUrl: 'https://www.linkedin.com/legal/privacy-policy',
      hosts: ['snap.licdn.com', 'px.ads.linkedin.com'],
    },
    overrides,
  )
}
