import type { MessageKey } from './en'
import { nlBanner } from './nl-banner'

/** Dutch: complete (the types make a missing key a compile error). */
export const nl: Record<MessageKey, string> = {
  ...nlBanner,
  'necessary.label': 'Noodzakelijk',
  preferencesTitle: 'Privacyvoorkeuren',
  preferencesText:
    'Kies welke cookies {site} mag gebruiken. Noodzakelijke cookies staan altijd aan, omdat de site zonder niet werkt; al het andere blijft uit tot je het aanzet.',
  save: 'Keuzes opslaan',
  alwaysOn: 'Altijd aan',
  services: 'Diensten ({n})',
  cookie: 'Cookie',
  provider: 'Aanbieder',
  purpose: 'Doel',
  duration: 'Bewaartermijn',
  embedTitle: 'Inhoud van {service} tegengehouden',
  embedText: 'Je hebt {service} ({category}) niet toegestaan. Als je deze inhoud laadt, kan {service} cookies plaatsen en je bezoek zien.',
  embedPolicy: 'Privacyverklaring van {service}',
  embedOnce: 'Eenmalig laden',
  embedAlways: '{service} altijd toestaan',
  'necessary.description':
    'Laten de site werken en onthouden je keuzes, zoals deze. Ze kunnen niet uit.',
  'functional.description':
    'Laden lettertypen, iconen en andere bestanden van content delivery networks. Deze diensten kunnen je IP-adres zien.',
  'analytics.description':
    'Tellen bezoeken en laten zien hoe de site gebruikt wordt, zodat we hem kunnen verbeteren.',
  'tracking.description':
    'Laten partners je bezoeken aan verschillende websites volgen om een profiel van je interesses op te bouwen.',
  'social.description':
    'Tonen berichten, video’s en knoppen van sociale netwerken zoals YouTube, Facebook, X en Instagram, die je kunnen herkennen.',
  'advertising.description':
    'Tonen advertenties, afgestemd op je bezoeken hier en elders, en meten hun resultaat.',
  changeSettings: 'Cookie-instellingen wijzigen',
  allowed: 'Toegestaan',
  refused: 'Geweigerd',
  partly: 'Deels toegestaan',
  undecided: 'Nog geen keuze',
  consentCookie: 'Cookietoestemming',
  consentCookiePurpose: 'Onthoudt je cookiekeuzes.',
  days: '{n} dagen',
}
