import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import type { ConsentryConfig, ServiceConfig } from '../../src/core/types'
import { axeViolations } from './axe'
import { CATEGORY_NAMES, consentUI } from './consent-ui'
import { test, expect } from './fixtures'

// The cookie declaration (`<div data-consentry="declaration">`) on the demo's privacy statement, Dutch and English.
const folder = fileURLToPath(new URL('../../screenshots/', import.meta.url))

const PAGES = [
  {
    lang: 'nl',
    path: '/privacy.html',
    change: 'Cookievoorkeuren wijzigen',
    states: { undecided: 'Nog geen keuze', allowed: 'Toegestaan', refused: 'Geweigerd', partly: 'Deels toegestaan', alwaysOn: 'Altijd aan' },
    columns: ['Cookie', 'Aanbieder', 'Doel', 'Looptijd'],
    link: 'Privacyverklaring van {service}',
  },
  {
    lang: 'en',
    path: '/en/privacy.html',
    change: 'Change cookie settings',
    states: { undecided: 'No choice yet', allowed: 'Allowed', refused: 'Refused', partly: 'Partly allowed', alwaysOn: 'Always on' },
    columns: ['Cookie', 'Provider', 'Purpose', 'Duration'],
    link: 'Privacy policy of {service}',
  },
] as const

/** The declaration as a visitor meets it: headings (h3 under the page's h2, h4 per service), tables, state badges. */
function declarationOf(page: Page) {
  const root = page.locator('[data-consentry="declaration"] > .cy-decl')
  const category = (id: string) =>
    root.locator(':scope > .cy-category').filter({ has: page.getByRole('heading', { level: 3, name: CATEGORY_NAMES[id] }) })
  const service = (name: string) =>
    root.locator('.cy-service').filter({ has: page.getByRole('heading', { level: 4, name, exact: true }) })
  return {
    root,
    category,
    service,
    categoryState: (id: string) => category(id).locator(':scope > .cy-row > .cy-state'),
    serviceState: (name: string) => service(name).locator(':scope > .cy-row > .cy-state'),
    button: root.getByRole('button', { name: /^(Change cookie settings|Cookievoorkeuren wijzigen)$/ }),
  }
}

const pageConfig = (page: Page) =>
  page.evaluate(() => (window as unknown as { consentryConfig: ConsentryConfig }).consentryConfig)
const inLanguage = (text: ServiceConfig['purpose'], lang: string) => (typeof text == 'object' ? text[lang] : text) || ''

for (const demo of PAGES) {
  test(`${demo.path}: a complete declaration in ${demo.lang}, from the same config as the banner`, async ({ page }) => {
    await page.goto(demo.path)
    const declaration = declarationOf(page)
    await expect(declaration.root).toBeVisible()
    await expect(declaration.root).toHaveAttribute('lang', demo.lang)
    await expect(declaration.button).toHaveText(demo.change)

    const config = await pageConfig(page)
    const services = config.services as ServiceConfig[]
    expect(services.map((s) => s.id)).toEqual(['bootstrap-cdn', 'font-awesome', 'google-analytics', 'hotjar', 'linkedin-insight', 'youtube', 'facebook-pixel'])
    const categories = ['necessary', ...(config.categories as string[])]
    await expect(declaration.root.getByRole('heading', { level: 3 })).toHaveCount(categories.length)
    for (const id of categories) {
      await expect(declaration.category(id)).toHaveCount(1)
      await expect(declaration.categoryState(id)).toHaveText(id == 'necessary' ? demo.states.alwaysOn : demo.states.undecided)
    }

    for (const service of services) {
      const block = declaration.service(service.name)
      await expect(block, service.name).toHaveCount(1)
      // Under its own category.
      await expect(declaration.category(service.category).locator('.cy-service').filter({ has: page.getByRole('heading', { name: service.name, exact: true }) })).toHaveCount(1)
      await expect(block.locator('.cy-desc')).toContainText(service.provider!)
      await expect(block.locator('.cy-desc')).toContainText(inLanguage(service.purpose, demo.lang))
      // The provider's own policy, named as theirs, not the site's.
      await expect(block.getByRole('link', { name: demo.link.replace('{service}', service.name) })).toHaveAttribute('href', service.privacyPolicyUrl!)
      await expect(declaration.serviceState(service.name)).toHaveText(demo.states.undecided)

      const cookies = service.cookies || []
      const table = block.getByRole('table', { name: service.name, exact: true })
      await expect(table).toHaveCount(cookies.length ? 1 : 0)
      if (!cookies.length) continue
      await expect(table.getByRole('columnheader')).toHaveText([...demo.columns])
      await expect(table.getByRole('rowheader')).toHaveText(cookies.map((cookie) => String(cookie.name)))
      for (const cookie of cookies) {
        const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(cookie.name), exact: true }) })
        await expect(row.getByRole('cell')).toHaveText([service.provider!, inLanguage(service.purpose, demo.lang), inLanguage(cookie.duration, demo.lang)])
      }
    }

    // The consent cookie itself, under necessary: the config keeps it 365 days.
    const necessary = declaration.category('necessary')
    await expect(necessary.getByRole('rowheader', { name: 'consentry', exact: true })).toHaveCount(1)
    await expect(necessary.getByRole('row').filter({ hasText: 'consentry' })).toContainText(demo.lang == 'nl' ? '365 dagen' : '365 days')
  })
}

test('the current choice follows every decision, and survives a reload', async ({ page }) => {
  const ui = consentUI(page)
  const declaration = declarationOf(page)
  const { states } = PAGES[0]
  await page.goto('/privacy.html')
  await expect(declaration.categoryState('analytics')).toHaveText(states.undecided)

  await ui.bannerButton('acceptAll').click()
  for (const id of ['functional', 'analytics', 'tracking', 'social', 'advertising']) await expect(declaration.categoryState(id)).toHaveText(states.allowed)
  await expect(declaration.serviceState('Hotjar')).toHaveText(states.allowed)
  await expect(declaration.categoryState('necessary')).toHaveText(states.alwaysOn)

  // One service off in the dialog opened from the declaration itself.
  await declaration.button.click()
  await expect(ui.dialog).toBeVisible()
  await ui.showServices('analytics')
  await ui.serviceSwitch('Hotjar').click()
  await ui.categorySwitch('advertising').click()
  await ui.dialogButton('save').click()
  await expect(declaration.serviceState('Hotjar')).toHaveText(states.refused)
  await expect(declaration.serviceState('Google Analytics 4')).toHaveText(states.allowed)
  // Google Analytics alone: the category as a whole is not allowed.
  await expect(declaration.categoryState('analytics')).toHaveText(states.partly)
  await expect(declaration.categoryState('advertising')).toHaveText(states.refused)
  await expect(declaration.serviceState('Facebook Pixel')).toHaveText(states.refused)

  await page.reload()
  await expect(declaration.serviceState('Hotjar')).toHaveText(states.refused)
  await expect(declaration.categoryState('advertising')).toHaveText(states.refused)
  await expect(declaration.categoryState('functional')).toHaveText(states.allowed)

  await ui.reopenButton.click()
  await ui.dialogButton('rejectAll').click()
  for (const id of ['functional', 'analytics', 'tracking', 'social', 'advertising']) await expect(declaration.categoryState(id)).toHaveText(states.refused)
})

test('"Change cookie settings" opens the preferences, by mouse and keyboard, and gets focus back', async ({ page }) => {
  const ui = consentUI(page)
  const declaration = declarationOf(page)
  await page.goto('/en/privacy.html')
  await ui.bannerButton('rejectAll').click()
  await expect(ui.banner).toBeHidden()

  await declaration.button.click()
  await expect(ui.dialog).toBeVisible()
  await expect(ui.dialog).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(ui.dialog).toBeHidden()
  await expect(declaration.button).toBeFocused()

  await page.keyboard.press('Enter')
  await expect(ui.dialog).toBeVisible()
})

for (const colorScheme of ['light', 'dark'] as const) {
  for (const demo of PAGES) {
    test(`axe finds nothing in the declaration (${demo.lang}, ${colorScheme})`, async ({ page }) => {
      const ui = consentUI(page)
      await page.emulateMedia({ colorScheme })
      await page.goto(demo.path, { waitUntil: 'networkidle' })
      await expect(declarationOf(page).root).toBeVisible()
      expect(await axeViolations(page, '[data-consentry="declaration"]')).toEqual([])

      await ui.bannerButton('acceptAll').click()
      await expect(declarationOf(page).categoryState('analytics')).toHaveText(demo.states.allowed)
      expect(await axeViolations(page, '[data-consentry="declaration"]')).toEqual([])
    })
  }
}

test('at 320 px the declaration reflows: no horizontal scrolling, the button on screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto('/privacy.html', { waitUntil: 'networkidle' })
  const declaration = declarationOf(page)
  await consentUI(page).bannerButton('rejectAll').click()
  await expect(declaration.root).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
  expect(await declaration.root.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(0)
  for (const box of await Promise.all([declaration.button, ...(await declaration.root.locator('.cy-state').all())].map((l) => l.boundingBox()))) {
    expect(box!.x).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width).toBeLessThanOrEqual(320)
  }
})

/** Computed styles that host rules typically touch, for a sample of elements. */
const styleSnapshot = (page: Page, selectors: string[]) =>
  page.evaluate((selectors) => {
    const props = ['color', 'background-color', 'font-size', 'font-weight', 'letter-spacing', 'text-transform', 'margin-top', 'margin-bottom', 'margin-left', 'padding', 'border-top', 'display']
    return selectors.map((selector) => {
      const element = document.querySelector(selector)
      if (!element) return `${selector}: missing`
      const style = getComputedStyle(element)
      return `${selector}: ${props.map((p) => `${p}=${style.getPropertyValue(p)}`).join('; ')}`
    })
  }, selectors)

const INSIDE = [
  '.cy-decl',
  '.cy-decl > button',
  '.cy-decl > .cy-category',
  '.cy-decl > .cy-category h3',
  '.cy-decl .cy-state',
  '.cy-decl .cy-desc',
  '.cy-decl ul',
  '.cy-decl li',
  '.cy-decl h4',
  '.cy-decl table',
  '.cy-decl th',
  '.cy-decl td',
  '.cy-decl a',
]
const OUTSIDE = ['main h1', 'main h2', 'main h3', 'main p', '.table-scroll table', '.table-scroll th', '.table-scroll td', 'main a[href^="mailto:"]', 'main a[data-consentry=preferences]', 'footer a']

test('host CSS cannot restyle the declaration, and its CSS leaves the page alone', async ({ page }) => {
  await page.goto('/en/privacy.html', { waitUntil: 'networkidle' })
  await consentUI(page).bannerButton('rejectAll').click()
  await expect(declarationOf(page).root).toBeVisible()
  const before = await styleSnapshot(page, INSIDE)

  // What a theme's content styles look like: element rules, and rules under the content's class.
  const hostile = 'color:rgb(255,0,0);background-color:rgb(255,255,0);font-size:31px;font-weight:100;letter-spacing:3px;text-transform:uppercase;margin:17px;padding:19px;border:5px dashed red'
  const elements = 'div,h3,h4,p,ul,li,span,table,th,td,a,button'
  await page.addStyleTag({
    content: `${elements}{${hostile}} ${elements.split(',').map((e) => `.prose ${e}`).join(',')}{${hostile}} .prose table th{${hostile}}`,
  })
  expect(await styleSnapshot(page, INSIDE)).toEqual(before)

  // And the other way: the page's own elements look the same with Consentry's stylesheet switched off.
  await page.evaluate(() => document.querySelectorAll('style').forEach((style) => style.remove()))
  const withConsentry = await styleSnapshot(page, OUTSIDE)
  await page.evaluate(() => {
    const link = [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].find((l) => l.href.endsWith('/consentry.css'))
    if (!link) throw new Error('consentry.css is not linked')
    link.disabled = true
  })
  expect(await styleSnapshot(page, OUTSIDE)).toEqual(withConsentry)
})

test('renders under a strict CSP with no violation (no inline styles)', async ({ page }) => {
  const policy = "default-src 'self'; script-src 'self' 'nonce-Cy5tr1ct'; style-src 'self'"
  await page.route('**/test-pages/declaration-csp.html', async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } })
  })
  await page.addInitScript(() => {
    const violations: string[] = ((window as unknown as { violations: string[] }).violations = [])
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`))
  })
  await page.goto('/test-pages/declaration-csp.html')
  const declaration = declarationOf(page)
  await expect(declaration.root).toBeVisible()
  // Styled by the stylesheet.
  await expect(declaration.root).toHaveCSS('display', 'block')
  await expect(declaration.root).toHaveCSS('border-top-style', 'solid')
  await consentUI(page).bannerButton('acceptAll').click()
  await expect(declaration.categoryState('analytics')).toHaveText('Allowed')
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([])
})

const SHOTS = [
  { name: 'nl-light', path: '/privacy.html', colorScheme: 'light', width: 1280 },
  { name: 'en-dark', path: '/en/privacy.html', colorScheme: 'dark', width: 1280 },
  { name: 'nl-320-light', path: '/privacy.html', colorScheme: 'light', width: 320 },
  { name: 'en-320-dark', path: '/en/privacy.html', colorScheme: 'dark', width: 320 },
] as const

for (const shot of SHOTS) {
  test(`screenshot: declaration, ${shot.name}`, async ({ page }) => {
    await page.setViewportSize({ width: shot.width, height: 800 })
    await page.emulateMedia({ colorScheme: shot.colorScheme, reducedMotion: 'reduce' })
    await page.goto(shot.path, { waitUntil: 'networkidle' })
    await consentUI(page).bannerButton('acceptAll').click()
    const target = page.locator('[data-consentry="declaration"]')
    await expect(target.locator('.cy-decl')).toBeVisible()
    await target.screenshot({ path: `${folder}declaration-${shot.name}.png`, animations: 'disabled' })
  })
}
