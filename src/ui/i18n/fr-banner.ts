import type { BannerKey } from './en-banner'

/** French banner strings (see en-banner.ts), addressing the visitor as "vous", as French sites do. */
export const frBanner: Record<BannerKey, string> = {
  bannerTitle: 'Cookies sur {site}',
  bannerText:
    '{site} utilise des cookies nécessaires à son fonctionnement. Avec votre accord, nos partenaires et nous utilisons aussi des cookies pour\u00a0: {purposes}. Vous pouvez modifier votre choix ou retirer votre consentement à tout moment.',
  privacyPolicy: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  preferences: 'Préférences',
  close: 'Fermer',
  and: 'et',
  gpc: 'Votre navigateur envoie Global Privacy Control\u00a0: {categories} restent désactivés, même avec «\u00a0Tout accepter\u00a0».',
  'functional.label': 'Fonctionnalités',
  'analytics.label': 'Statistiques',
  'tracking.label': 'Suivi',
  'social.label': 'Réseaux sociaux',
  'advertising.label': 'Publicité',
}
