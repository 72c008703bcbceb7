import type { Locator, Page } from '@playwright/test'

/** Accessible names, in each built-in language (English, Dutch, German, French): the tests find controls as a screen-reader user would. */
export const NAMES = {
  banner: /^Cookies (on|op|auf|sur) /,
  dialog: /^(Privacy preferences|Privacyvoorkeuren|Privatsphäre-Einstellungen|Préférences de confidentialité)$/,
  acceptAll: /^(Accept all|Alles accepteren|Alle akzeptieren|Tout accepter)$/,
  rejectAll: /^(Reject all|Alles weigeren|Alle ablehnen|Tout refuser)$/,
  preferences: /^(Preferences|Voorkeuren|Einstellungen|Préférences)$/,
  save: /^(Save choices|Keuzes opslaan|Auswahl speichern|Enregistrer mes choix)$/,
  close: /^(Close|Sluiten|Schließen|Fermer)$/,
  services: /^(Services|Diensten|Dienste) \(\d+\)$/,
  reopen: /^(Cookie preferences|Cookievoorkeuren|Cookie-Einstellungen|Préférences cookies)$/,
}

/** Category labels by id, in each built-in language. */
export const CATEGORY_NAMES: Record<string, RegExp> = {
  necessary: /^(Necessary|Noodzakelijk|Notwendig|Nécessaires)$/,
  functional: /^(Functionality|Extra functies|Funktionalität|Fonctionnalités)$/,
  analytics: /^(Analytics|Analyse|Statistik|Statistiques)$/,
  tracking: /^(Tracking|Suivi)$/,
  social: /^(Social [mM]edia|Réseaux sociaux)$/,
  advertising: /^(Advertising|Advertenties|Werbung|Publicité)$/,
}

export function consentUI(page: Page) {
  const root = page.locator('.cy-root')
  const banner = root.getByRole('region', { name: NAMES.banner })
  const dialog = page.getByRole('dialog', { name: NAMES.dialog })
  return {
    root,
    banner,
    dialog,
    reopenButton: page.getByRole('button', { name: NAMES.reopen }),
    bannerButton: (name: keyof typeof NAMES): Locator => banner.getByRole('button', { name: NAMES[name] }),
    dialogButton: (name: keyof typeof NAMES): Locator => dialog.getByRole('button', { name: NAMES[name] }),
    categorySwitch: (id: string): Locator => dialog.getByRole('switch', { name: CATEGORY_NAMES[id] }),
    serviceSwitch: (name: string): Locator => dialog.getByRole('switch', { name, exact: true }),
    /** Opens the service list of a category (collapsed by default). */
    async showServices(categoryId: string): Promise<void> {
      const category = dialog.locator('.cy-category').filter({ has: page.getByRole('heading', { name: CATEGORY_NAMES[categoryId] }) })
      await category.getByRole('button', { name: NAMES.services }).click()
    },
  }
}
