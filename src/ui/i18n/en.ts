/**
 * English: complete, and the language every other one falls back to, key by key.
 * `{site}`, `{purposes}` and `{n}` are filled in; `[label](https://…)` becomes a link.
 * Category texts are keyed `<category id>.label` and `<category id>.description`.
 */
import { enBanner } from './en-banner'

/** Everything, for the dialog chunk: the preferences, the cookie declaration, embed placeholders. */
export const en = {
  ...enBanner,
  'necessary.label': 'Necessary',
  preferencesTitle: 'Privacy preferences',
  preferencesText:
    'Choose which cookies {site} may use. Necessary cookies are always on because the site cannot work without them. Everything else is used only while you have it turned on, and you can turn it off again at any time.',
  save: 'Save choices',
  alwaysOn: 'Always on',
  services: 'Services ({n})',
  cookie: 'Cookie',
  provider: 'Provider',
  purpose: 'Purpose',
  duration: 'Duration',
  // Placeholder of a held-back embed (YouTube video, map, social post)
  embedTitle: '{service} content blocked',
  embedText: 'You have not allowed {service}. If you load it, {provider} receives your IP address and can set cookies.',
  embedPolicy: 'Privacy policy of {service}',
  embedDetails: 'Details',
  embedOnce: 'Load this once',
  embedAlways: 'Always allow {service}',
  'necessary.description':
    'Make the site work and remember your choices, such as your cookie choice. They cannot be switched off.',
  'functional.description':
    'Load fonts, icons and other files from content delivery networks, and show embedded content such as maps. These services can see your IP address.',
  'analytics.description':
    'Count visits and show how the site is used, so we can improve it.',
  'tracking.description':
    'Let partners follow your visits across websites to build a profile of your interests.',
  'social.description':
    'Show posts, videos and buttons from social networks. These networks can recognise you and see that you visited this site.',
  'advertising.description':
    'Show ads, personalised on the basis of your visits here and elsewhere, and measure their results.',
  // The cookie declaration (data-consentry="declaration")
  changeSettings: 'Change cookie settings',
  allowed: 'Allowed',
  refused: 'Refused',
  partly: 'Partly allowed',
  undecided: 'No choice yet',
  consentCookie: 'Cookie consent',
  consentCookiePurpose: 'Remembers your cookie choices.',
  days: '{n} days',
}

export type MessageKey = keyof typeof en

/**
 * A key of `translations`: the English table's, the floating button's name, and the label and
 * description of any category, the site's own too. A typo (`acceptall`) is a compile error.
 */
export type TranslationKey = MessageKey | 'reopenButton' | `${string}.label` | `${string}.description`

/** One language's strings in `translations`; what it leaves out comes from English. */
export type Translation = Partial<Record<TranslationKey, string>>
