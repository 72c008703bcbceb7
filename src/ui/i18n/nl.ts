import type { MessageKey } from './en'
import { nlBanner } from './nl-banner'

/** Dutch: complete (the types make a missing key a compile error). */
export const nl: Record<MessageKey, string> = {
  ...nlBanner,
  'necessary.label': 'Noodzakelijk',
  preferencesTitle: 'Privacyvoorkeuren',
  preferencesText:
    'Kies welke cookies {site} mag gebruiken. Noodzakelijke cookies staan altijd aan, omdat de site zonder deze cookies niet werkt. Al het andere wordt alleen gebruikt zolang je het hebt aangezet, en je kunt het altijd weer uitzetten.',
  save: 'Keuzes opslaan',
  alwaysOn: 'Altijd aan',
  services: 'Diensten ({n})',
  cookie: 'Cookie',
  provider: 'Aanbieder',
  purpose: 'Doel',
  duration: 'Looptijd',
  embedTitle: 'Inhoud van {service} geblokkeerd',
  embedText: 'Je hebt {service} niet toegestaan. Als je het laadt, ontvangt {provider} je IP-adres en kan het cookies plaatsen.',
  embedPolicy: 'Privacyverklaring van {service}',
  embedDetails: 'Meer info',
  embedOnce: 'Eenmalig laden',
  embedAlways: '{service} altijd toestaan',
  'necessary.description':
    'Zorgen dat de site werkt en onthouden je keuzes, zoals je cookiekeuze. Ze kunnen niet worden uitgezet.',
  'functional.description':
    'Laden lettertypen, iconen en andere bestanden van content delivery networks, en tonen ingesloten inhoud zoals kaarten. Deze diensten kunnen je IP-adres zien.',
  'analytics.description':
    'Tellen bezoeken en laten zien hoe de site gebruikt wordt, zodat we die kunnen verbeteren.',
  'tracking.description':
    'Laten partners je bezoeken aan verschillende websites volgen om een profiel van je interesses op te bouwen.',
  'social.description':
    'Tonen berichten, video’s en knoppen van sociale netwerken. Die netwerken kunnen je herkennen en zien dat je deze site bezoekt.',
  'advertising.description':
    'Tonen advertenties, afgestemd op je bezoeken hier en elders, en meten hun resultaat.',
  changeSettings: 'Cookievoorkeuren wijzigen',
  allowed: 'Toegestaan',
  refused: 'Geweigerd',
  partly: 'Deels toegestaan',
  undecided: 'Nog geen keuze',
  consentCookie: 'Cookietoestemming',
  consentCookiePurpose: 'Onthoudt je cookiekeuzes.',
  days: '{n} dagen',
}
