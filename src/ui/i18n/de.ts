import type { MessageKey } from './en'
import { deBanner } from './de-banner'

/** German: complete (the types make a missing key a compile error). */
export const de: Record<MessageKey, string> = {
  ...deBanner,
  'necessary.label': 'Notwendig',
  preferencesTitle: 'Privatsphäre-Einstellungen',
  preferencesText:
    'Wählen Sie, welche Cookies {site} verwenden darf. Notwendige Cookies sind immer aktiv, weil die Website ohne sie nicht funktioniert. Alles andere wird nur verwendet, solange Sie es eingeschaltet haben, und Sie können es jederzeit wieder ausschalten.',
  save: 'Auswahl speichern',
  alwaysOn: 'Immer aktiv',
  services: 'Dienste ({n})',
  cookie: 'Cookie',
  provider: 'Anbieter',
  purpose: 'Zweck',
  duration: 'Speicherdauer',
  embedTitle: 'Inhalt von {service} blockiert',
  embedText:
    'Sie haben {service} nicht erlaubt. Wenn Sie es laden, erhält {provider} Ihre IP-Adresse und kann Cookies setzen.',
  embedPolicy: 'Datenschutzerklärung von {service}',
  embedDetails: 'Details',
  embedOnce: 'Einmal laden',
  embedAlways: '{service} immer erlauben',
  'necessary.description':
    'Sorgen dafür, dass die Website funktioniert, und speichern Ihre Auswahl, etwa Ihre Cookie-Einstellungen. Diese lassen sich nicht ausschalten.',
  'functional.description':
    'Laden Schriften, Symbole und andere Dateien aus Content-Delivery-Networks und zeigen eingebettete Inhalte wie Karten. Diese Dienste können Ihre IP-Adresse sehen.',
  'analytics.description':
    'Zählen Besuche und zeigen, wie die Website genutzt wird, damit wir sie verbessern können.',
  'tracking.description':
    'Lassen Partner Ihre Besuche über Websites hinweg verfolgen, um ein Profil Ihrer Interessen zu erstellen.',
  'social.description':
    'Zeigen Beiträge, Videos und Schaltflächen sozialer Netzwerke. Diese Netzwerke können Sie wiedererkennen und sehen, dass Sie diese Website besucht haben.',
  'advertising.description':
    'Zeigen Werbung, abgestimmt auf Ihre Besuche hier und anderswo, und messen ihren Erfolg.',
  changeSettings: 'Cookie-Einstellungen ändern',
  allowed: 'Erlaubt',
  refused: 'Abgelehnt',
  partly: 'Teilweise erlaubt',
  undecided: 'Noch keine Auswahl',
  consentCookie: 'Cookie-Einwilligung',
  consentCookiePurpose: 'Speichert Ihre Cookie-Auswahl.',
  days: '{n} Tage',
}
