/**
 * What the banner says, in English (its purposes list names every category but
 * necessary). The first-visit chunk carries these only; they sit in a file of
 * their own so that a bundler, too, leaves the dialog's strings (en.ts) out of it.
 */
export const enBanner = {
  bannerTitle: 'Cookies on {site}',
  bannerText:
    '{site} uses cookies the site needs to work. With your consent, we and our partners also use cookies for {purposes}. You can change your choice or withdraw your consent at any time.',
  privacyPolicy: 'Privacy statement',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  preferences: 'Preferences',
  close: 'Close',
  and: 'and',
  gpc: 'Your browser sends Global Privacy Control, so {categories} stay off, also with Accept all.',
  'functional.label': 'Functionality',
  'analytics.label': 'Analytics',
  'tracking.label': 'Tracking',
  'social.label': 'Social media',
  'advertising.label': 'Advertising',
}

export type BannerKey = keyof typeof enBanner
