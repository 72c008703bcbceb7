import type { ServiceConfig } from '../core/types'
import { withOverrides } from './define'
import { years } from './durations'

/**
 * Instagram embeds: posts through embed.js or their iframes, all on www.instagram.com.
 * The cookies are Instagram's own, those it sets for a visitor who is not logged in. Their
 * lifetimes are the Max-Age instagram.com sends (csrftoken 364 days, mid and ig_did 2 years).
 */
export function instagram(overrides?: Partial<ServiceConfig>): ServiceConfig {
  return withOverrides(
    {
      id: 'instagram',
      name: 'Instagram',
      provider: 'Meta Platforms Ireland Ltd.',
      category: 'social',
      purpose: {
        en: 'Shows embedded Instagram posts. Meta learns which of our pages you visit and can use it for ads on Instagram and Facebook.',
        nl: "Toont ingesloten Instagram-berichten. Meta ziet welke pagina's van ons je bezoekt en kan dat gebruiken voor advertenties op Instagram en Facebook.",
        de: 'Zeigt eingebettete Instagram-Beiträge. Meta erfährt, welche unserer Seiten Sie besuchen, und kann das für Werbung auf Instagram und Facebook nutzen.',
        fr: 'Affiche les publications Instagram intégrées. Meta apprend quelles pages de notre site vous visitez et peut s’en servir pour ses publicités sur Instagram et Facebook.',
      },
      cookies: [
        { name: 'csrftoken', duration: years(1) },
        { name: 'mid', duration: years(2) },
        { name: 'ig_did', duration: years(2) },
      ],
      privacyPolicyUrl: 'https://privacycenter.instagram.com/policy/',
      hosts: ['instagram.com'],
    },
    overrides,
  )
}
