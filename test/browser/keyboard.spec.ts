import { test, expect } from './fixtures'
import { callApi, getConsent } from './consentry-api'
import { consentUI } from './consent-ui'
import { focusedElement, hasFocusWithin, pressUntilFocused } from './keyboard'
import { demoPageIn } from './demo-pages'

test('the banner is reached first with Tab and each choice is made with the keyboard', async ({ page }) => {
  const ui = consentUI(page)
  await page.goto('/', { waitUntil: 'networkidle' })
  await expect(ui.banner).toBeVisible()

  // The banner is the first thing in the page: Tab meets all of its controls before the site's own.
  const stops: string[] = []
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab')
    if (!(await hasFocusWithin(ui.banner))) break
    stops.push(await focusedElement(page))
  }
  expect(stops).toEqual(
    expect.arrayContaining([/Voorkeuren/, /Alles weigeren/, /Alles accepteren/].map((name) => expect.stringMatching(name))),
  )
  await pressUntilFocused(page, ui.bannerButton('acceptAll'), 'Shift+Tab', stops.length)
  await page.keyboard.press('Enter')
  await expect(ui.banner).toBeHidden()
  expect(await getConsent(page)).toMatchObject({ method: 'accept-all' })
  // The banner took the focus with it: it goes to the way back to the choices, not to the top of the page (WCAG 2.4.3).
  await expect(ui.reopenButton).toBeFocused()
  // A page that only reads the decision leaves focus alone.
  await page.reload({ waitUntil: 'networkidle' })
  await expect(ui.reopenButton).toBeVisible()
  await expect(ui.reopenButton).not.toBeFocused()
})

test('in the dialog: switches work with Space, Tab stays inside, Save with Enter, and focus then goes to the floating button', async ({ page }) => {
  const ui = consentUI(page)
  await page.goto('/', { waitUntil: 'networkidle' })
  await pressUntilFocused(page, ui.bannerButton('preferences'))
  await page.keyboard.press('Enter')
  await expect(ui.dialog).toBeVisible()
  expect(await hasFocusWithin(ui.dialog)).toBe(true)

  // Twice around: focus never leaves the dialog, meets every control, and wraps both ways.
  const controls = 'a[href], button:not([disabled])'
  const stops = await ui.dialog.locator(controls).count()
  const focusIndex = () =>
    ui.dialog.evaluate((dialog, selector) => Array.from(dialog.querySelectorAll(selector)).indexOf(document.activeElement!), controls)
  const seen = new Set<number>()
  for (let i = 0; i < stops * 2; i++) {
    await page.keyboard.press('Tab')
    const index = await focusIndex()
    expect(index, `Tab ${i + 1} left the dialog for ${await focusedElement(page)}`).toBeGreaterThanOrEqual(0)
    seen.add(index)
  }
  expect(seen.size).toBe(stops)
  for (let i = 0; i < stops + 1; i++) {
    await page.keyboard.press('Shift+Tab')
    expect(await focusIndex(), `Shift+Tab ${i + 1} left the dialog for ${await focusedElement(page)}`).toBeGreaterThanOrEqual(0)
  }

  await pressUntilFocused(page, ui.categorySwitch('analytics'))
  await page.keyboard.press('Space')
  await expect(ui.categorySwitch('analytics')).toHaveAttribute('aria-checked', 'true')
  await pressUntilFocused(page, ui.dialogButton('save'))
  await page.keyboard.press('Enter')
  await expect(ui.dialog).toBeHidden()
  expect(await getConsent(page)).toMatchObject({ method: 'custom', categories: { analytics: true, advertising: false } })
  // The banner's Preferences button that opened it went with the decision: focus goes to the way
  // back to the choices, not to the top of the page (WCAG 2.4.3).
  await expect(ui.reopenButton).toBeFocused()
})

test('Escape closes the dialog and focus returns to the floating button that opened it', async ({ page }) => {
  const ui = consentUI(page)
  await page.goto('/', { waitUntil: 'networkidle' })
  await callApi(page, 'rejectAll')
  await expect(ui.reopenButton).toBeVisible()

  // The floating button is the last stop of the page: one Shift+Tab from the top.
  await pressUntilFocused(page, ui.reopenButton, 'Shift+Tab', 1)
  await page.keyboard.press('Enter')
  await expect(ui.dialog).toBeVisible()
  expect(await hasFocusWithin(ui.dialog)).toBe(true)
  await page.keyboard.press('Escape')
  await expect(ui.dialog).toBeHidden()
  await expect(ui.reopenButton).toBeFocused()
  expect(await getConsent(page)).toMatchObject({ method: 'reject-all' })
})

test('Escape closes the dialog and focus returns to the footer link that opened it', async ({ page }) => {
  const ui = consentUI(page)
  await page.goto('/', { waitUntil: 'networkidle' })
  await callApi(page, 'rejectAll')
  await expect(ui.reopenButton).toBeVisible()

  const link = page.getByRole('contentinfo').getByRole('link', { name: 'Cookie-instellingen' })
  await pressUntilFocused(page, link, 'Shift+Tab', 2)
  await page.keyboard.press('Enter')
  await expect(ui.dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(ui.dialog).toBeHidden()
  await expect(link).toBeFocused()
})

test('Escape uncovers a page element the banner hides, wherever focus is, and decides nothing (WCAG 2.4.11)', async ({ page }) => {
  const ui = consentUI(page)
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/', { waitUntil: 'networkidle' })
  await expect(ui.banner).toBeVisible()
  // The footer's last link, at the bottom of the page, sits under the banner.
  const link = page.locator('footer a').last()
  await pressUntilFocused(page, link, 'Tab', 60)
  const coveredBy = () =>
    link.evaluate((el) => {
      const box = el.getBoundingClientRect()
      return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.closest('.cy-root') ? 'banner' : 'page'
    })
  expect(await coveredBy()).toBe('banner')
  await page.keyboard.press('Escape')
  await expect(ui.banner).toBeHidden()
  expect(await link.evaluate((el) => el === document.activeElement)).toBe(true)
  expect(await coveredBy()).toBe('page')
  expect(await getConsent(page)).toBeNull()
})

test('the dialog is modal: a click beside it keeps focus inside, the page behind is inert and still, Escape closes from anywhere', async ({ page }) => {
  const ui = consentUI(page)
  await page.goto('/', { waitUntil: 'networkidle' })
  // Inert by the site's own doing: opening and closing the dialog must leave it so.
  await page.locator('header.site-header').evaluate((header: HTMLElement) => (header.inert = true))
  await page.evaluate(() => scrollTo(0, 300))
  await ui.bannerButton('preferences').click()
  await expect(ui.dialog).toBeVisible()

  // The backdrop, left of the dialog.
  const box = (await ui.dialog.boundingBox())!
  await page.mouse.click(box.x / 2, box.y + box.height / 2)
  expect(await hasFocusWithin(ui.dialog), `focus went to ${await focusedElement(page)}`).toBe(true)
  // The wheel over the backdrop moves nothing behind it.
  await page.mouse.wheel(0, 400)
  await page.waitForTimeout(300)
  expect(await page.evaluate(() => scrollY)).toBe(300)

  const inert = () =>
    page.evaluate(() => ['header.site-header', 'main', 'footer'].map((selector) => !!document.querySelector(selector)!.closest('[inert]')))
  expect(await inert()).toEqual([true, true, true])
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Shift+Tab')
    expect(await hasFocusWithin(ui.dialog), `Shift+Tab ${i + 1} left the dialog for ${await focusedElement(page)}`).toBe(true)
  }

  // Focus lost to the page (a control that went away, say): Escape still closes.
  await page.evaluate(() => (document.activeElement as HTMLElement).blur())
  await page.keyboard.press('Escape')
  await expect(ui.dialog).toBeHidden()
  await expect(ui.banner).toBeVisible()
  expect(await inert()).toEqual([true, false, false])
})

test('right after opening, arrow keys and Page Down scroll the dialog, not the page behind', async ({ page }) => {
  const ui = consentUI(page)
  await page.setViewportSize({ width: 800, height: 600 })
  await page.goto('/', { waitUntil: 'networkidle' })
  await pressUntilFocused(page, ui.bannerButton('preferences'))
  await page.keyboard.press('Enter')
  await expect(ui.dialog).toBeVisible()
  const body = ui.dialog.locator('.cy-body')
  const scrolled = () => body.evaluate((el) => el.scrollTop)
  expect(await body.evaluate((el) => el.scrollHeight > el.clientHeight), 'the dialog has something to scroll').toBe(true)

  await page.keyboard.press('ArrowDown')
  await expect.poll(scrolled).toBeGreaterThan(0)
  const afterArrow = await scrolled()
  await page.keyboard.press('PageDown')
  await expect.poll(scrolled).toBeGreaterThan(afterArrow)
  expect(await page.evaluate(() => scrollY)).toBe(0)
  expect(await hasFocusWithin(ui.dialog)).toBe(true)
})

test('Tab brings each control of the dialog into view with its whole focus ring, not cut by the edge of what scrolls', async ({ page }) => {
  const ui = consentUI(page)
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto('/', { waitUntil: 'networkidle' })
  await ui.bannerButton('preferences').click()
  await expect(ui.dialog).toBeVisible()
  for (const button of await ui.dialog.getByRole('button', { name: /^Diensten/ }).all()) await button.click()
  await ui.dialog.locator('.cy-body').evaluate((body) => (body.scrollTop = 0))
  await ui.dialog.focus()

  const cut: string[] = []
  const stops = await ui.dialog.locator('a[href], button:not([disabled])').count()
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab')
    const ring = await page.evaluate(() => {
      const control = document.activeElement!
      const scroller = control.closest('.cy-body')
      if (!scroller) return null
      // The ring: the outline's width and offset around the control's first line box.
      const style = getComputedStyle(control)
      const out = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset)
      const box = control.getClientRects()[0]
      const view = scroller.getBoundingClientRect()
      const top = view.top + scroller.clientTop
      const bottom = top + scroller.clientHeight
      return { name: control.outerHTML.slice(0, 60), cut: box.top - out < top || box.bottom + out > bottom }
    })
    if (ring?.cut) cut.push(ring.name)
  }
  expect(cut).toEqual([])
})

// WCAG 2.4.11: a banner that scrolls (a small phone, large text) must show each control Tab brings to it
// whole, with its focus ring, not at the very edge of what scrolls, where the ring is cut off.
for (const { lang, width, height, size } of [
  { lang: 'fr', width: 320, height: 568, size: 32 },
  { lang: 'nl', width: 320, height: 480, size: 24 },
] as const) {
  test(`in a banner that scrolls (${lang}, ${width}×${height}, ${size} px text), Tab shows each control with its whole focus ring`, async ({ page }) => {
    const ui = consentUI(page)
    await page.setViewportSize({ width, height })
    await (await page.context().newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard: size, fixed: size } })
    await page.goto(await demoPageIn(page, lang), { waitUntil: 'networkidle' })
    await expect(ui.banner).toBeVisible()
    expect(await ui.banner.evaluate((banner) => banner.scrollHeight > banner.clientHeight)).toBe(true)

    const cut: string[] = []
    let stops = 0
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab')
      if (!(await hasFocusWithin(ui.banner))) {
        if (stops) break
        continue
      }
      stops++
      const ring = await ui.banner.evaluate((banner) => {
        const control = document.activeElement!
        const style = getComputedStyle(control)
        const out = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset)
        const box = control.getClientRects()[0]
        const view = banner.getBoundingClientRect()
        const top = view.top + banner.clientTop
        return { name: control.outerHTML.slice(0, 60), cut: box.top - out < top || box.bottom + out > top + banner.clientHeight }
      })
      if (ring.cut) cut.push(ring.name)
    }
    expect(stops).toBeGreaterThanOrEqual(4)
    expect(cut).toEqual([])
  })
}
