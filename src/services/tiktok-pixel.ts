import type { ServiceConfig } from '../core/types'
import { withOverrides } from './define'
import { months } from './durations'

/** TikTok Pixel. TikTok states its pixel cookies last 13 months. */
export function tiktokPixel(overrides?: Partial<ServiceConfig>): ServiceConfig {
  return withOverrides(
    {
      id: 'tiktok-pixel',
      name: 'TikTok Pixel',
      provider: 'TikTok Technology Ltd.',
      category: 'advertising',
      purpose: {
        en: 'Measures the results of our TikTok ads and shows them to people who visited the site.',
        nl: 'Meet het resultaat van onze TikTok-advertenties en toont die aan mensen die de site bezochten.',
        de: 'Misst den Erfolg unserer TikTok-Anzeigen und zeigt sie Menschen, die die Website besucht haben.',
        fr: 'Mesure les résultats de nos publicités TikTok et les montre aux personnes qui ont visité le site.',
      },
      cookies: [
        { name: '_ttp', duration: months(13) },
        { name: '_tt_enable_cookie', duration: months(13) },
        { name: 'ttcsid*', duration: months(13) },
      ],
      privacyPolicyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
      hosts: ['analytics.tiktok.com'],
    },
    overrides,
  )
}
