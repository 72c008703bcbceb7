import type { ServiceConfig } from '../core/types'
import { withOverrides } from './define'
import { days } from './durations'

/** Meta (Facebook) Pixel. `_fbp`/`_fbc` are first-party, `fr` is Meta's own on facebook.com. */
export function facebookPixel(overrides?: Partial<ServiceConfig>): ServiceConfig {
  return withOverrides(
    {
      id: 'facebook-pixel',
      name: 'Facebook Pixel',
      provider: 'Meta Platforms Ireland Ltd.',
      category: 'advertising',
      purpose: {
        en: 'Measures the results of our Facebook and Instagram ads and shows them to people who visited the site.',
        nl: 'Meet het resultaat van onze advertenties op Facebook en Instagram en toont die aan mensen die de site bezochten.',
        de: 'Misst den Erfolg unserer Werbung auf Facebook und Instagram und zeigt sie Menschen, die die Website besucht haben.',
        fr: 'Mesure les résultats de nos publicités sur Facebook et Instagram et les montre aux personnes qui ont visité le site.',
      },
      cookies: [
        { name: '_fbp', duration: days(90) },
        { name: '_fbc', duration: days(90) },
        { name: 'fr', duration: days(90) },
      ],
      privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/',
      hosts: ['connect.facebook.net', 'facebook.com'],
    },
    overrides,
  )
}
