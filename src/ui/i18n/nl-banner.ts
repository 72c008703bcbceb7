import type { BannerKey } from './en-banner'

/** Dutch banner strings (see en-banner.ts). */
export const nlBanner: Record<BannerKey, string> = {
  bannerTitle: 'Cookies op {site}',
  bannerText:
    '{site} gebruikt cookies die nodig zijn om de site te laten werken. Met je toestemming gebruiken wij en onze partners ook cookies voor {purposes}. Je kunt je keuze altijd wijzigen of je toestemming intrekken.',
  privacyPolicy: 'Privacyverklaring',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  preferences: 'Voorkeuren',
  close: 'Sluiten',
  and: 'en',
  gpc: 'Je browser stuurt Global Privacy Control, dus {categories} blijven uit, ook bij Alles accepteren.',
  'functional.label': 'Extra functies',
  'analytics.label': 'Analyse',
  'tracking.label': 'Tracking',
  'social.label': 'Social media',
  'advertising.label': 'Advertenties',
}
