import type { Locator, Page } from '@playwright/test'

/** Accessible names, English and Dutch: the tests find controls as a screen-reader user would. */
export const NAMES = {
  banner: /^Cookies (on|op) /,
  dialog: /^(Privacy preferences|Privacyvoorkeuren)$/,
  acceptAll: /^(Accept all|Alles accepteren)$/,
  rejectAll: /^(Reject all|Alles weigeren)$/,
  preferences: /^(Preferences|Voorkeuren)$/,
  save: /^(Save choices|Keuzes opslaan)$/,
  close: /^(Close|Sluiten)$/,
  services: /^(Services|Diensten) \(\d+\)$/,
  reopen: /^(Cookie preferences|Cookievoorkeuren)$/,
}

/** Category labels by id, English and Dutch. */
export const CATEGORY_NAMES: Record<string, RegExp> = {
  necessary: /^(Necessary|Noodzakelijk)$/,
  functional: /^(Functional|Functioneel)$/,
  analytics: /^(Analytics|Analytisch)$/,
  tracking: /^Tracking$/,
  social: /^Social media$/,
  advertising: /^(Advertising|Advertenties)$/,
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
