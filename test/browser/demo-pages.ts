import type { Page } from '@playwright/test'

/** The built-in languages: the demo's own two, and two it has no pages in. */
export type DemoLanguage = 'nl' | 'en' | 'de' | 'fr'

/**
 * The demo page a visitor in `lang` starts on. The demo speaks Dutch (`/`) and English
 * (`/en/`); a German or French visitor's page is the English one marked `<html lang>` in
 * their language: Consentry follows the page's language, so its banner, dialog and floating
 * button speak it around the page's English text.
 */
export async function demoPageIn(page: Page, lang: DemoLanguage): Promise<string> {
  if (lang == 'nl') return '/'
  if (lang != 'en') {
    await page.route('**/en/', async (route) => {
      const response = await route.fetch()
      const html = (await response.text()).replace('<html lang="en">', `<html lang="${lang}">`)
      if (!html.includes(`<html lang="${lang}">`)) throw new Error('the demo\'s /en/ page no longer starts with <html lang="en">')
      await route.fulfill({ response, body: html })
    })
  }
  return '/en/'
}
