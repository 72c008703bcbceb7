import { test, expect } from './fixtures'
import type { Locator, Page } from '@playwright/test'
import { NAMES, consentUI } from './consent-ui'
import { demoLayout, demoPageIn } from './demo-pages'

test.use({ viewport: { width: 320, height: 640 } })

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

async function expectWithinViewport(locator: Locator) {
  for (const box of await Promise.all((await locator.all()).map((l) => l.boundingBox()))) {
    expect(box, 'element is not rendered').not.toBeNull()
    expect(box!.x).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width).toBeLessThanOrEqual(320)
  }
}

for (const lang of ['nl', 'en', 'de', 'fr'] as const) {
  test(`${lang} at 320 px: banner and dialog fit without horizontal scrolling`, async ({ page }) => {
    const ui = consentUI(page)
    const path = await demoPageIn(page, lang)
    await page.goto(path, { waitUntil: 'networkidle' })

    await expect(ui.banner).toBeVisible()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await expectWithinViewport(ui.banner.getByRole('button'))

    await ui.bannerButton('preferences').click()
    await expect(ui.dialog).toBeVisible()
    await ui.showServices('analytics')
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    expect(await ui.dialog.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(0)
    await expectWithinViewport(ui.dialog.getByRole('switch'))
    for (const name of [NAMES.save, NAMES.acceptAll, NAMES.rejectAll]) await expectWithinViewport(ui.dialog.getByRole('button', { name }))
  })
}

// German and French have the longest words; a button too narrow for one breaks it mid-word ("akzeptiere/n").
for (const layout of ['box', 'bar', 'center'] as const) {
  for (const lang of ['de', 'fr'] as const) {
    test(`${lang} at 320 px, ${layout} layout: no word in the banner's buttons is broken`, async ({ page }) => {
      await demoLayout(page, { layout })
      await page.goto(await demoPageIn(page, lang), { waitUntil: 'networkidle' })
      await expect(consentUI(page).banner).toBeVisible()
      const broken = await consentUI(page).banner.evaluate((banner) =>
        Array.from(banner.querySelectorAll('button')).flatMap((button) => {
          const text = button.firstChild
          if (!(text instanceof Text)) return []
          // One line box per word, or the word was split.
          return Array.from(text.data.matchAll(/\S+/g)).flatMap((word) => {
            const range = document.createRange()
            range.setStart(text, word.index!)
            range.setEnd(text, word.index! + word[0].length)
            return range.getClientRects().length > 1 ? [word[0]] : []
          })
        }),
      )
      expect(broken).toEqual([])
    })
  }
}

// 400% zoom of a 1280×1024 screen: 320×256 CSS px. Pinned head and actions would leave the list a line or two.
for (const lang of ['fr', 'de'] as const) {
  test(`${lang} at 320×256 (400% zoom): the whole dialog reads in one scroll, every control can be brought into view`, async ({ page }) => {
    const ui = consentUI(page)
    await page.setViewportSize({ width: 320, height: 256 })
    await page.goto(await demoPageIn(page, lang), { waitUntil: 'networkidle' })
    await ui.bannerButton('preferences').click()
    await expect(ui.dialog).toBeVisible()
    for (const button of await ui.dialog.getByRole('button', { name: NAMES.services }).all()) await button.click()

    // What scrolls shows at least half the viewport's height of content.
    const scrollers = await ui.dialog.evaluate((dialog) =>
      [dialog, ...dialog.querySelectorAll('*')].filter((el) => el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY != 'visible').map((el) => el.clientHeight),
    )
    expect(scrollers).toHaveLength(1)
    expect(scrollers[0]).toBeGreaterThanOrEqual(256 / 2)

    const controls = ui.dialog.locator('[role=switch], button, a[href]')
    expect(await controls.count()).toBeGreaterThan(10)
    for (const control of await controls.all()) {
      await control.scrollIntoViewIfNeeded()
      // On screen and on top: nothing pinned covers it.
      const onTop = await control.evaluate((el) => {
        // A link broken over two lines: the middle of its first line.
        const { x, y, width, height } = el.getClientRects()[0]
        const hit = document.elementFromPoint(x + width / 2, y + height / 2)
        return y >= 0 && y + height <= innerHeight && !!hit && (hit == el || el.contains(hit))
      })
      expect(onTop, await control.evaluate((el) => el.outerHTML.slice(0, 80))).toBe(true)
    }
  })
}

// A visitor who reads with a larger text size (Chromium's "Large", 20 px, or "Very large", 24 px) on a
// 320 px phone: a category's name, its note ("Toujours actif") and its switch no longer fit side by
// side. The row wraps; the switch must not be pushed past its category's edge, or out of the dialog.
for (const [lang, size] of [['fr', 20], ['fr', 24], ['de', 24]] as const) {
  test(`${lang} at 320 px with a ${size} px text size: every switch sits inside its category`, async ({ page }) => {
    const ui = consentUI(page)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: size, fixed: size } })
    await page.goto(await demoPageIn(page, lang), { waitUntil: 'networkidle' })
    await ui.bannerButton('preferences').click()
    await expect(ui.dialog).toBeVisible()
    for (const button of await ui.dialog.getByRole('button', { name: NAMES.services }).all()) await button.click()

    const outside = await ui.dialog.evaluate((dialog) =>
      Array.from(dialog.querySelectorAll('[role=switch]')).flatMap((control) => {
        const own = control.getBoundingClientRect()
        const box = control.closest('.cy-service, .cy-category')!.getBoundingClientRect()
        return own.left < box.left || own.right > box.right ? [control.getAttribute('aria-labelledby')] : []
      }),
    )
    expect(outside).toEqual([])
    expect(await ui.dialog.locator('.cy-body').evaluate((body) => body.scrollWidth - body.clientWidth)).toBeLessThanOrEqual(0)
  })
}

// Twice the text size (32 px) on a 320 px phone: the banner's buttons, 8em wide at least, would be
// wider than the banner (240 px against 213) and the banner would scroll sideways.
test('fr at 320 px with a 32 px text size: the banner buttons stay inside the banner', async ({ page }) => {
  const ui = consentUI(page)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 32 } })
  await page.goto(await demoPageIn(page, 'fr'), { waitUntil: 'networkidle' })
  await expect(ui.banner).toBeVisible()
  const overflowing = await ui.banner.evaluate((banner) =>
    [banner, ...banner.querySelectorAll('*')].filter((element) => element.scrollWidth > element.clientWidth).map((element) => element.className),
  )
  expect(overflowing).toEqual([])
  await expectWithinViewport(ui.banner.getByRole('button'))
})

// Large text on a phone (WCAG 1.4.4, 1.4.10): a page whose root is at 200% on a 320×568 phone, or the
// browser's text at 24 px on a 390×844 one. Pinned, the title and three stacked buttons filled the
// dialog and left the list a line, or nothing, with the last buttons cut off. It scrolls as one.
for (const { lang, width, height, text } of [
  { lang: 'fr', width: 320, height: 568, text: 'root 200%' },
  { lang: 'nl', width: 320, height: 568, text: 'root 200%' },
  { lang: 'de', width: 390, height: 844, text: '24 px' },
] as const) {
  test(`${lang} at ${width}×${height} with text at ${text}: the dialog scrolls as one, and every control can be scrolled and tabbed to`, async ({ page }) => {
    const ui = consentUI(page)
    await page.setViewportSize({ width, height })
    if (text == '24 px') await (await page.context().newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard: 24, fixed: 24 } })
    await page.goto(await demoPageIn(page, lang), { waitUntil: 'networkidle' })
    if (text == 'root 200%') await page.addStyleTag({ content: 'html { font-size: 200% !important }' })
    await ui.bannerButton('preferences').click()
    await expect(ui.dialog).toBeVisible()

    // One part scrolls, and the visitor can scroll it: nothing is cut off by a box that hides its overflow.
    const scrollers = await ui.dialog.evaluate((dialog) =>
      [dialog, ...dialog.querySelectorAll('*')]
        .filter((el) => el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY != 'visible')
        .map((el) => getComputedStyle(el).overflowY),
    )
    expect(scrollers).toEqual(['auto'])

    // A category's or service's name longer than the line (Noodzakelijk, Fonctionnalités) breaks inside its box, not past its edge.
    for (const button of await ui.dialog.getByRole('button', { name: NAMES.services }).all()) await button.click()
    const outside = await ui.dialog.evaluate((dialog) =>
      Array.from(dialog.querySelectorAll('.cy-name')).flatMap((name) => {
        const own = name.getBoundingClientRect()
        const box = name.closest('.cy-service, .cy-category')!.getBoundingClientRect()
        return own.left < box.left || own.right > box.right ? [name.textContent] : []
      }),
    )
    expect(outside).toEqual([])

    const controls = ui.dialog.locator('[role=switch], button')
    for (const name of [NAMES.close, NAMES.save, NAMES.acceptAll, NAMES.rejectAll]) await expect(ui.dialog.getByRole('button', { name })).toHaveCount(1)
    // Whole, on screen, on top, and reached by scrolling alone (no box that hides its overflow scrolled to show it).
    const shown = (el: Element) => {
      const { top, bottom, left, right } = el.getBoundingClientRect()
      // A link broken over lines: hit-test the middle of its first line.
      const first = el.getClientRects()[0]
      const hit = document.elementFromPoint(first.x + first.width / 2, first.y + first.height / 2)
      let hidden = false
      for (let up = el.parentElement; up; up = up.parentElement) if (getComputedStyle(up).overflowY == 'hidden' && up.scrollTop > 0) hidden = true
      return top >= 0 && bottom <= innerHeight && left >= 0 && right <= innerWidth && !!hit && el.contains(hit) && !hidden
    }
    for (const control of await controls.all()) {
      await control.scrollIntoViewIfNeeded()
      expect(await control.evaluate(shown), await control.evaluate((el) => el.outerHTML.slice(0, 80))).toBe(true)
    }

    // The keyboard: from the top, Tab reaches every switch and button, each whole in view when it has focus.
    await ui.dialog.evaluate((dialog) => dialog.scrollTo(0, 0))
    await ui.dialog.focus()
    const wanted = await controls.evaluateAll((els) => els.filter((el) => !(el as HTMLButtonElement).disabled).length)
    const reached = new Set<string>()
    const hidden: string[] = []
    for (let i = 0; i < wanted * 2 && reached.size < wanted; i++) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(`(${shown})(document.activeElement) ? '' : document.activeElement.outerHTML.slice(0, 80)`)
      if (focused) hidden.push(focused as string)
      const id = await page.evaluate(() => {
        const el = document.activeElement!
        return el.matches('[role=switch], button') ? Array.from(document.querySelectorAll('[role=dialog] [role=switch], [role=dialog] button')).indexOf(el) : -1
      })
      if (id >= 0) reached.add(String(id))
    }
    expect(hidden).toEqual([])
    expect(reached.size).toBe(wanted)
  })
}
