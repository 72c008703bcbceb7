import type { MessageKey } from './en'
import { frBanner } from './fr-banner'

/** French: complete (the types make a missing key a compile error). */
export const fr: Record<MessageKey, string> = {
  ...frBanner,
  'necessary.label': 'Nécessaires',
  preferencesTitle: 'Préférences de confidentialité',
  preferencesText:
    'Choisissez les cookies que {site} peut utiliser. Les cookies nécessaires sont toujours actifs, car le site ne peut pas fonctionner sans eux. Tout le reste n’est utilisé que si vous l’avez activé, et vous pouvez le désactiver à tout moment.',
  save: 'Enregistrer mes choix',
  alwaysOn: 'Toujours actif',
  services: 'Services ({n})',
  cookie: 'Cookie',
  provider: 'Fournisseur',
  purpose: 'Finalité',
  duration: 'Durée',
  embedTitle: 'Contenu {service} bloqué',
  embedText:
    'Vous n’avez pas autorisé {service}. Si vous le chargez, {provider} reçoit votre adresse IP et peut déposer des cookies.',
  embedPolicy: 'Politique de confidentialité de {service}',
  embedDetails: 'Détails',
  embedOnce: 'Charger une fois',
  embedAlways: 'Toujours autoriser {service}',
  'necessary.description':
    'Font fonctionner le site et retiennent vos choix, comme votre choix en matière de cookies. Ils ne peuvent pas être désactivés.',
  'functional.description':
    'Chargent polices, icônes et autres fichiers depuis des réseaux de diffusion de contenu (CDN), et affichent des contenus intégrés comme des cartes. Ces services peuvent voir votre adresse IP.',
  'analytics.description':
    'Comptent les visites et montrent comment le site est utilisé, pour que nous puissions l’améliorer.',
  'tracking.description':
    'Permettent à des partenaires de suivre vos visites d’un site à l’autre pour établir un profil de vos centres d’intérêt.',
  'social.description':
    'Affichent des publications, vidéos et boutons de réseaux sociaux. Ces réseaux peuvent vous reconnaître et savoir que vous avez visité ce site.',
  'advertising.description':
    'Affichent des publicités adaptées à vos visites ici et ailleurs, et en mesurent les résultats.',
  changeSettings: 'Modifier vos préférences cookies',
  allowed: 'Autorisé',
  refused: 'Refusé',
  partly: 'Partiellement autorisé',
  undecided: 'Pas encore de choix',
  consentCookie: 'Consentement aux cookies',
  consentCookiePurpose: 'Retient vos choix en matière de cookies.',
  days: '{n} jours',
}
