import type { ServiceConfig } from '../core/types'
import { withOverrides } from './define'
import { years } from './durations'

/**
 * Pinterest's Save button and widgets (pinit.js). Hosts are the widgets' own, not
 * pinterest.com at large, so a site's Pinterest Tag (ct.pinterest.com, s.pinimg.com) is
 * not mistaken for it. Pinterest says it keeps what a widget notes of a visit for 30 days
 * (help.pinterest.com, "Personalisation and data"); its cookies, on pinterest.com, last longer.
 * Their names are in Pinterest's help and in captures of its responses; the year is a cookie
 * scanner's (another catalogue says "session"), not Pinterest's own word: check it before relying on it.
 */
export function pinterest(overrides?: Partial<ServiceConfig>): ServiceConfig {
  return withOverrides(
    {
      id: 'pinterest',
      name: 'Pinterest',
      provider: 'Pinterest Europe Ltd.',
      category: 'social',
      purpose: {
        en: 'Shows the Pinterest Save button and embedded pins and boards. Pinterest notes your visit and can use it to tailor what it shows you, ads included.',
        nl: 'Toont de Pinterest-knop Bewaren en ingesloten pins en borden. Pinterest noteert je bezoek en kan dat gebruiken om af te stemmen wat het je toont, advertenties inbegrepen.',
        de: 'Zeigt den Pinterest-Button „Merken“ und eingebettete Pins und Pinnwände. Pinterest vermerkt Ihren Besuch und kann ihn nutzen, um anzupassen, was es Ihnen zeigt, auch Werbung.',
        fr: 'Affiche le bouton Enregistrer de Pinterest et les épingles et tableaux intégrés. Pinterest note votre visite et peut s’en servir pour adapter ce qu’il vous montre, publicités comprises.',
      },
      cookies: [
        { name: '_pinterest_sess', duration: years(1) },
        { name: '_auth', duration: years(1) },
      ],
      privacyPolicyUrl: 'https://policy.pinterest.com/en/privacy-policy',
      hosts: ['assets.pinterest.com', 'widgets.pinterest.com', 'log.pinterest.com'],
    },
    overrides,
  )
}
