import type { Page } from '@playwright/test'

/**
 * The demo speaks Dutch (`/`) and English (`/en/`), not German. A German visitor's page is the
 * English one marked `<html lang="de">`: Consentry follows the page's language, so its banner,
 * dialog and floating button speak German around the page's English text.
 * Returns the path to visit.
 */
export async function germanDemoPage(page: Page): Promise<string> {
  await page.route('**/en/', async (route) => {
    const response = await route.fetch()
    const html = (await response.text()).replace('<html lang="en">', '<html lang="de">')
    if (!html.includes('<html lang="de">')) throw new Error('the demo\'s /en/ page no longer starts with <html lang="en">')
    await route.fulfill({ response, body: html })
  })
  return '/en/'
}

/** The demo page a visitor in `lang` (each built-in language) starts on. */
export const demoPageIn = (page: Page, lang: 'nl' | 'en' | 'de'): Promise<string> | string =>
  lang == 'de' ? germanDemoPage(page) : lang == 'nl' ? '/' : '/en/'
