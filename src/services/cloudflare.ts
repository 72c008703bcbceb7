import type { ServiceConfig } from '../core/types'
import { withOverrides } from './define'
import { minutes, session } from './durations'

/**
 * Cloudflare as the network in front of the site. Its cookies are security and
 * load-balancing cookies, set by the server in HTTP headers before any script
 * runs: Consentry could not withhold them, so declaring them refusable would be
 * a promise it cannot keep. Hence `necessary`, which is also how Cloudflare and
 * the ePrivacy exemption for security cookies class them. Its public library CDN,
 * which a site chooses to load from, is a service of its own: `cdnjs`.
 */
export function cloudflare(overrides?: Partial<ServiceConfig>): ServiceConfig {
  return withOverrides(
    {
      id: 'cloudflare',
      name: 'Cloudflare',
      provider: 'Cloudflare, Inc.',
      category: 'necessary',
      purpose: {
        en: 'Protects the site against attacks and bots and spreads the load across several servers. These cookies hold no profile of you.',
        nl: 'Beschermt de site tegen aanvallen en bots en verdeelt de belasting over meerdere servers. Deze cookies bevatten geen profiel van je.',
        de: 'Schützt die Website vor Angriffen und Bots und verteilt die Last auf mehrere Server. Diese Cookies enthalten kein Profil von Ihnen.',
        fr: 'Protège le site contre les attaques et les robots et répartit la charge entre les serveurs. Ces cookies ne contiennent aucun profil vous concernant.',
      },
      cookies: [
        { name: '__cf_bm', duration: minutes(30) },
        { name: 'cf_clearance', duration: { en: '30 minutes to 1 year', nl: '30 minuten tot 1 jaar', de: '30 Minuten bis 1 Jahr', fr: 'de 30 minutes à 1 an' } },
        { name: '_cfuvid', duration: session },
        { name: '__cflb', duration: { en: 'up to 24 hours', nl: 'tot 24 uur', de: 'bis zu 24 Stunden', fr: 'jusqu’à 24 heures' } },
      ],
      privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/',
      hosts: ['challenges.cloudflare.com'],
    },
    overrides,
  )
}
