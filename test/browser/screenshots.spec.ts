import { fileURLToPath } from 'node:url'
import { test, expect } from './fixtures'
import { consentUI } from './consent-ui'
import { demoPageIn } from './demo-pages'
import { placeholderIn } from './placeholders'

// Pictures for people to look at (screenshots/ is git-ignored); the test fails only if there is nothing to show.
const folder = fileURLToPath(new URL('../../screenshots/', import.meta.url))
// CI keeps no files to look at, and every step shown here is asserted by another spec: a minute of CPU saved there.
test.skip(!!process.env.CI, 'pictures for people, and CI keeps none')

const SHOTS = [
  { name: 'en-light', lang: 'en', colorScheme: 'light', width: 1280, height: 800 },
  { name: 'en-dark', lang: 'en', colorScheme: 'dark', width: 1280, height: 800 },
  { name: 'nl-light', lang: 'nl', colorScheme: 'light', width: 1280, height: 800 },
  { name: 'nl-dark', lang: 'nl', colorScheme: 'dark', width: 1280, height: 800 },
  { name: 'nl-320-light', lang: 'nl', colorScheme: 'light', width: 320, height: 640 },
  { name: 'en-320-dark', lang: 'en', colorScheme: 'dark', width: 320, height: 640 },
  // German and French: the English page marked with their lang (demo-pages.ts).
  { name: 'de-320-light', lang: 'de', colorScheme: 'light', width: 320, height: 640 },
  { name: 'de-light', lang: 'de', colorScheme: 'light', width: 1280, height: 800 },
  { name: 'fr-320-dark', lang: 'fr', colorScheme: 'dark', width: 320, height: 640 },
  // 400% zoom of a 1280×1024 screen: the dialog's head and actions scroll with its content.
  { name: 'de-400pct-light', lang: 'de', colorScheme: 'light', width: 320, height: 256 },
] as const

for (const shot of SHOTS) {
  test(`screenshots: banner and dialog, ${shot.name}`, async ({ page }) => {
    const ui = consentUI(page)
    await page.setViewportSize({ width: shot.width, height: shot.height })
    await page.emulateMedia({ colorScheme: shot.colorScheme, reducedMotion: 'reduce' })
    await page.goto(await demoPageIn(page, shot.lang), { waitUntil: 'networkidle' })

    await expect(ui.banner).toBeVisible()
    await page.screenshot({ path: `${folder}banner-${shot.name}.png`, animations: 'disabled' })

    await ui.bannerButton('preferences').click()
    await expect(ui.dialog).toBeVisible()
    await page.screenshot({ path: `${folder}dialog-${shot.name}.png`, animations: 'disabled' })
    await ui.showServices('analytics')
    await ui.dialog.getByRole('switch', { name: 'Hotjar' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${folder}dialog-services-${shot.name}.png`, animations: 'disabled' })
  })
}

// The demo's social category lists YouTube only: Reject all, then "Always allow YouTube" on its video.
for (const width of [320, 1280]) {
  test(`screenshots: dialog with a service allowed on its own, en-${width}-light`, async ({ page }) => {
    const ui = consentUI(page)
    await page.setViewportSize({ width, height: width == 320 ? 640 : 800 })
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' })
    await page.goto('/en/', { waitUntil: 'networkidle' })
    await ui.bannerButton('rejectAll').click()
    await expect(ui.banner).toBeHidden()
    await placeholderIn(page.locator('#video iframe')).getByRole('button', { name: 'Always allow YouTube' }).click()
    await ui.reopenButton.click()
    await expect(ui.categorySwitch('social')).toHaveAccessibleDescription('Partly allowed')
    await ui.serviceSwitch('YouTube').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${folder}dialog-partly-en-${width}-light.png`, animations: 'disabled' })
  })
}

// Embed placeholders, drawn inside their iframes: the embeds fixture at a phone's width, dark and Dutch, and wide and light.
for (const [name, query, width] of [['nl-360-dark', '?lang=nl&theme=dark', 360], ['en-1280-light', '', 1280], ['de-390-light', '?lang=de', 390], ['fr-390-light', '?lang=fr', 390]] as const) {
  test(`screenshots: embed placeholders, ${name}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 })
    await page.goto('/test-pages/embeds.html' + query, { waitUntil: 'networkidle' })
    await consentUI(page).bannerButton('rejectAll').click()
    await expect(page.locator('#fixed iframe').contentFrame().getByRole('group')).toBeVisible()
    await page.screenshot({ path: `${folder}embeds-${name}.png`, fullPage: true, animations: 'disabled' })
  })
}
