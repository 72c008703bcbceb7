import type { ServiceConfig } from '../core/types'
import { withOverrides } from './define'
import { days } from './durations'

/**
 * Facebook's social plug-ins: Like and Share buttons, the Page plugin and embedded
 * posts, through the JavaScript SDK (connect.facebook.net/…/sdk.js) or their
 * iframes (www.facebook.com/plugins/…). Not the Pixel, which is `facebook-pixel`.
 * Both load from connect.facebook.net and facebook.com: autoBlock cannot tell them
 * apart by host, and warns when a config lists both (README, "Automatic blocking").
 * The cookies are Meta's own, on facebook.com; `c_user` and `xs` are those of a
 * logged-in member, sent with every plug-in request. Lifetimes as Meta's Cookies Policy
 * (facebook.com/privacy/policies/cookies) was recalled to give them, with no copy of it at
 * hand to check: a cookie scan's 13 months for `datr`, and `fr`'s 90 days in the Open Cookie
 * Database, agree; the Database's 2 years for `datr` and `sb`, and 90 days for `c_user` and
 * `xs`, do not. Check them against the policy before relying on them.
 */
export function facebookSocial(overrides?: Partial<ServiceConfig>): ServiceConfig {
  return withOverrides(
    {
      id: 'facebook-social',
      name: 'Facebook',
      provider: 'Meta Platforms Ireland Ltd.',
      category: 'social',
      purpose: {
        en: 'Shows the Facebook buttons, posts and pages embedded here. Meta learns which of our pages you visit, even if you click nothing, and can use it for ads.',
        nl: "Toont de hier ingesloten Facebook-knoppen, -berichten en -pagina's. Meta ziet welke pagina's van ons je bezoekt, ook als je nergens op klikt, en kan dat gebruiken voor advertenties.",
        de: 'Zeigt die hier eingebetteten Facebook-Buttons, -Beiträge und -Seiten. Meta erfährt, welche unserer Seiten Sie besuchen, auch ohne Klick, und kann das für Werbung nutzen.',
        fr: 'Affiche les boutons, publications et pages Facebook intégrés ici. Meta apprend quelles pages de notre site vous visitez, même sans clic, et peut s’en servir pour ses publicités.',
      },
      cookies: [
        { name: 'datr', duration: days(400) },
        { name: 'sb', duration: days(400) },
        { name: 'fr', duration: days(90) },
        { name: 'c_user', duration: days(365) },
        { name: 'xs', duration: days(365) },
      ],
      privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/',
      hosts: ['connect.facebook.net', 'facebook.com'],
    },
    overrides,
  )
}
