import type { ServiceConfig } from '../core/types'
import { withOverrides } from './define'
import { years } from './durations'

/** Vimeo embeds (player.vimeo.com, assets on vimeocdn.com). */
export function vimeo(overrides?: Partial<ServiceConfig>): ServiceConfig {
  return withOverrides(
    {
      id: 'vimeo',
      name: 'Vimeo',
      provider: 'Vimeo.com, Inc.',
      category: 'social',
      purpose: {
        en: 'Plays embedded Vimeo videos and counts how often they are watched.',
        nl: "Speelt ingesloten Vimeo-video's af en telt hoe vaak ze worden bekeken.",
        de: 'Spielt eingebettete Vimeo-Videos ab und zählt, wie oft sie angesehen werden.',
        fr: 'Lit les vidéos Vimeo intégrées et compte combien de fois elles sont regardées.',
      },
      cookies: [
        { name: 'vuid', duration: years(2) },
        { name: 'player', duration: years(1) },
      ],
      privacyPolicyUrl: 'https://vimeo.com/privacy',
      hosts: ['vimeo.com', 'vimeocdn.com'],
    },
    overrides,
  )
}
