import { test, expect } from './fixtures'
import { consentUI } from './consent-ui'
import { axeViolations } from './axe'
import { demoPageIn } from './demo-pages'

// The demo uses `theme: 'auto'`: the colour scheme of the browser picks light or dark.
for (const lang of ['nl', 'en', 'de', 'fr'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing in banner, dialog and floating button (${lang}, ${colorScheme})`, async ({ page }) => {
      const ui = consentUI(page)
      const path = await demoPageIn(page, lang)
      await page.emulateMedia({ colorScheme })
      await page.goto(path, { waitUntil: 'networkidle' })

      await expect(ui.banner).toBeVisible()
      expect(await axeViolations(page, '.cy-root')).toEqual([])

      await ui.bannerButton('preferences').click()
      await expect(ui.dialog).toBeVisible()
      await ui.showServices('analytics')
      await ui.showServices('advertising')
      expect(await axeViolations(page, '.cy-root')).toEqual([])

      await ui.dialogButton('rejectAll').click()
      await expect(ui.reopenButton).toBeVisible()
      expect(await axeViolations(page, '.cy-reopen')).toEqual([])
    })
  }
}

test('with reduced motion asked for, the dialog appears without its fade and the switches do not slide', async ({ page }) => {
  const ui = consentUI(page)
  const motion = () =>
    page.evaluate(() => ({
      dialog: getComputedStyle(document.querySelector('.cy-dialog')!).animationName,
      switch: getComputedStyle(document.querySelector('.cy-switch')!, '::after').transitionDuration,
    }))
  await page.goto('/', { waitUntil: 'networkidle' })
  await ui.bannerButton('preferences').click()
  await expect(ui.dialog).toBeVisible()
  expect(await motion()).toEqual({ dialog: 'cy-in', switch: '0.15s' })

  await page.emulateMedia({ reducedMotion: 'reduce' })
  expect(await motion()).toEqual({ dialog: 'none', switch: '0s' })
})

test('in forced colours (Windows high contrast), a switch shows its knob both off and on', async ({ page }) => {
  const ui = consentUI(page)
  await page.emulateMedia({ forcedColors: 'active' })
  await page.goto('/', { waitUntil: 'networkidle' })
  await ui.bannerButton('preferences').click()
  await expect(ui.dialog).toBeVisible()
  // The knob must differ from the track it sits on, whichever colours the system forces.
  const colours = (id: string) =>
    ui.categorySwitch(id).evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el, '::after').backgroundColor])
  const [offTrack, offKnob] = await colours('analytics')
  await expect(ui.categorySwitch('analytics')).toHaveAttribute('aria-checked', 'false')
  expect(offKnob).not.toBe(offTrack)
  expect(offKnob).not.toMatch(/rgba\(.*, 0\)|transparent/)
  const [onTrack, onKnob] = await colours('necessary')
  expect(onKnob).not.toBe(onTrack)

  // The track's forced border must not push the knob off centre: as far from the track's top as from its
  // bottom, and from its near end as from its top (off at the start, on at the end), within a pixel.
  const gaps = (id: string) =>
    ui.categorySwitch(id).evaluate((el) => {
      const track = el.getBoundingClientRect()
      const style = getComputedStyle(el)
      const knob = getComputedStyle(el, '::after')
      const top = track.top + parseFloat(style.borderTopWidth) + parseFloat(knob.top)
      const left = track.left + parseFloat(style.borderLeftWidth) + parseFloat(knob.left)
      const [height, width] = [parseFloat(knob.height), parseFloat(knob.width)]
      return { top: top - track.top, bottom: track.bottom - top - height, start: left - track.left, end: track.right - left - width }
    })
  for (const [id, near] of [['analytics', 'start'], ['necessary', 'end']] as const) {
    const gap = await gaps(id)
    expect(Math.abs(gap.top - gap.bottom), `${id}: ${JSON.stringify(gap)}`).toBeLessThanOrEqual(1)
    expect(Math.abs(gap[near] - gap.top), `${id}: ${JSON.stringify(gap)}`).toBeLessThanOrEqual(1)
    expect(gap.bottom, id).toBeGreaterThan(0)
  }
})
