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

/** The demo with its banner laid out otherwise (`ui.layout`, `ui.position`), as a site would configure it. */
export async function demoLayout(page: Page, ui: { layout: string; position?: string }): Promise<void> {
  await page.route('**/demo-config.js', async (route) => {
    const response = await route.fetch()
    const own = "ui: { layout: 'box', theme: 'auto' }"
    const script = await response.text()
    if (!script.includes(own)) throw new Error(`demo-config.js no longer says ${own}`)
    await route.fulfill({ response, body: script.replace(own, 'ui: ' + JSON.stringify({ ...ui, theme: 'auto' })) })
  })
}

/**
 * The demo as a site that keeps the page on a withdrawal (`reloadOnWithdrawal: false`, say an app
 * that stops its own tags): for tests of what a withdrawal does on the page itself. The demo
 * itself keeps the default, a reload (withdrawal.spec.ts).
 */
export async function keepPageOnWithdrawal(page: Page): Promise<void> {
  await page.route('**/demo-config.js', async (route) => {
    const response = await route.fetch()
    const own = 'revision: 1,'
    const script = await response.text()
    if (!script.includes(own)) throw new Error(`demo-config.js no longer says ${own}`)
    await route.fulfill({ response, body: script.replace(own, own + ' reloadOnWithdrawal: false,') })
  })
}
