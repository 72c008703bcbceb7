import { readFileSync } from 'node:fs'
import { test, expect } from './fixtures'
import { consentUI } from './consent-ui'
import { getConsent } from './consentry-api'
import { placeholderIn } from './placeholders'

// A site that serves dist/ from another origin than its pages (a static host, a CDN): every
// file consentry.js fetches must come from beside it, over there, never from the page's origin.
const STATIC_HOST = 'https://static.consentry.test/consentry/'

test('served from another origin, every file comes from beside consentry.js: banner, stylesheets, engine, catalogue, dialog, placeholder, button', async ({ page, thirdPartyRequests }) => {
  const fromStaticHost: string[] = []
  await page.route(`${STATIC_HOST}**`, (route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop() as string
    fromStaticHost.push(file)
    const type = file.endsWith('.css') ? 'text/css' : 'text/javascript'
    return route.fulfill({ status: 200, contentType: type, body: readFileSync(`dist/${file}`) })
  })
  const ui = consentUI(page)
  await page.goto('/test-pages/static-host.html')
  await expect(ui.banner).toBeVisible()
  // Styled by consentry.css from the static host (unstyled, a button has the default cursor).
  await expect(ui.bannerButton('acceptAll')).toHaveCSS('cursor', 'pointer')
  // The held-back embed gets its placeholder (the dialog chunk), with the service's words (the catalogue).
  const placeholder = placeholderIn(page.locator('iframe[data-service="youtube"]'))
  await expect(placeholder).toBeVisible()
  await expect(placeholder).toContainText('Google Ireland Ltd.')

  await ui.bannerButton('preferences').click()
  await expect(ui.dialog).toBeVisible()
  await ui.dialogButton('acceptAll').click()
  await expect(ui.dialog).toBeHidden()
  await expect.poll(() => thirdPartyRequests.some((url) => url.startsWith('https://www.googletagmanager.com/gtag/js'))).toBe(true)
  expect(await getConsent(page)).toMatchObject({ method: 'accept-all' })

  await page.reload()
  await expect(ui.reopenButton).toBeVisible()
  await ui.reopenButton.click()
  await expect(ui.dialog).toBeVisible()

  expect(new Set(fromStaticHost)).toEqual(
    new Set([
      'consentry.js',
      'consentry.css',
      'consentry-ui.en.js',
      'consentry-engine.js',
      'consentry-services.js',
      'consentry-services.en.js',
      'consentry-dialog.en.js',
      'consentry-dialog.css',
      'consentry-button.js',
    ]),
  )
  // Nothing was looked for beside the page, nor on another host than the two.
  expect(thirdPartyRequests.filter((url) => !url.startsWith('https://www.googletagmanager.com/') && !url.startsWith('https://www.youtube-nocookie.com/'))).toEqual([])
})
