import type { ServiceConfig } from '../core/types'
import { withOverrides } from './define'
import { months, session } from './durations'
import { googlePrivacyUrl, googleProvider } from './google-provider'

/**
 * YouTube embeds. youtube-nocookie.com is included: it still contacts Google and
 * uses browser storage once played. No `consentMode`: the player ignores it, so
 * it stays blocked in advanced mode too.
 */
export function youtube(overrides?: Partial<ServiceConfig>): ServiceConfig {
  return withOverrides(
    {
      id: 'youtube',
      name: 'YouTube',
      provider: googleProvider,
      category: 'social',
      purpose: {
        en: 'Plays embedded YouTube videos. Google can use what you watch for recommendations and ads.',
        nl: "Speelt ingesloten YouTube-video's af. Google kan je kijkgedrag gebruiken voor aanbevelingen en advertenties.",
        de: 'Spielt eingebettete YouTube-Videos ab. Google kann die angesehenen Videos für Empfehlungen und Werbung nutzen.',
        fr: 'Lit les vidéos YouTube intégrées. Google peut utiliser ce que vous regardez pour ses recommandations et ses publicités.',
      },
      cookies: [
        { name: 'YSC', duration: session },
        { name: 'VISITOR_INFO1_LIVE', duration: months(6) },
        { name: 'VISITOR_PRIVACY_METADATA', duration: months(6) },
        { name: 'PREF', duration: months(8) },
      ],
      privacyPolicyUrl: googlePrivacyUrl,
      hosts: ['youtube.com', 'youtube-nocookie.com'],
    },
    overrides,
  )
}
