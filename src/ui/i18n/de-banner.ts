import type { BannerKey } from './en-banner'

/**
 * German banner strings (see en-banner.ts), in the formal "Sie" that German sites use.
 * The category labels are nouns, which keep their capital in the banner's sentence.
 */
export const deBanner: Record<BannerKey, string> = {
  bannerTitle: 'Cookies auf {site}',
  bannerText:
    '{site} nutzt Cookies, die für den Betrieb der Website nötig sind. Mit Ihrer Einwilligung nutzen wir und unsere Partner auch Cookies für {purposes}. Sie können Ihre Wahl jederzeit ändern oder Ihre Einwilligung widerrufen.',
  privacyPolicy: 'Datenschutzerklärung',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  preferences: 'Einstellungen',
  close: 'Schließen',
  and: 'und',
  gpc: 'Ihr Browser sendet Global Privacy Control, daher bleiben {categories} aus, auch bei „Alle akzeptieren“.',
  'functional.label': 'Funktionalität',
  'analytics.label': 'Statistik',
  'tracking.label': 'Tracking',
  'social.label': 'Social Media',
  'advertising.label': 'Werbung',
}
