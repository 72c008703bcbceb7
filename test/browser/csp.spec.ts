import { test, expect } from './fixtures'
import { consentUI } from './consent-ui'
import { getConsent } from './consentry-api'
import { consentryFetches } from './network'

const NONCE = 'Cy5tr1ct'
const POLICY = `default-src 'self'; script-src 'self' 'nonce-${NONCE}'; style-src 'self'`

/** The demo server sends no policy: this adds `policy` to the response of the page at `path`. */
const servedUnder = (page: import('@playwright/test').Page, path: string, policy: string) =>
  page.route(`**${path}`, async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } })
  })

test.beforeEach(async ({ page }) => {
  await servedUnder(page, '/test-pages/csp.html', POLICY)
  await page.addInitScript(() => {
    const violations: string[] = ((window as unknown as { violations: string[] }).violations = [])
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
    )
  })
})

const violations = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { violations: string[] }).violations)

test('works under a strict CSP with no violation: banner, dialog, decision, nonce-carrying tags', async ({ page, thirdPartyRequests }) => {
  await page.goto('/test-pages/csp.html')
  const ui = consentUI(page)
  await expect(ui.banner).toBeVisible()
  // Styled by the stylesheet, not by inline styles the policy would block.
  await expect(ui.bannerButton('acceptAll')).toHaveCSS('cursor', 'pointer')

  await ui.bannerButton('preferences').click()
  await expect(ui.dialog).toBeVisible()
  await ui.dialogButton('acceptAll').click()
  await expect(ui.dialog).toBeHidden()

  await expect.poll(() => thirdPartyRequests.map((url) => new URL(url).host)).toEqual(['www.googletagmanager.com'])
  await expect.poll(() => page.evaluate(() => (window as unknown as { inlineRan?: string }).inlineRan)).toBe('hotjar snippet')
  expect((await getConsent(page))?.method).toBe('accept-all')

  await page.getByRole('link', { name: 'Cookie settings' }).click()
  await expect(ui.dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(ui.reopenButton).toBeVisible()

  // The one tag without the nonce stays blocked by the page's policy: that is its only violation.
  // Reported by the browser a little after that tag is activated, the last of them.
  await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src(-elem)? blocked inline/)])
  expect(await page.evaluate(() => (window as unknown as { unnoncedRan?: boolean }).unnoncedRan)).toBeUndefined()
})

test('the README\'s preload hints work under a nonce-only CSP, the script\'s with the nonce: no violation, each file fetched once', async ({ page }) => {
  // No 'self' for scripts ('strict-dynamic' drops it): only the nonce lets the hint through.
  const nonceOnly = `default-src 'self'; script-src 'nonce-${NONCE}' 'strict-dynamic'; style-src 'self'`
  await servedUnder(page, '/test-pages/preloaded.html', nonceOnly)
  const fetched = consentryFetches(page)
  await page.goto('/test-pages/preloaded.html')
  await expect(consentUI(page).banner).toBeVisible()
  await expect(consentUI(page).bannerButton('acceptAll')).toHaveCSS('cursor', 'pointer')
  expect(await violations(page)).toEqual([])
  for (const file of ['consentry-ui.en.js', 'consentry.css']) expect(fetched.filter((fetchedFile) => fetchedFile == file), file).toHaveLength(1)
})

test('an embed placeholder is drawn and styled under the strict CSP, with no violation', async ({ page }) => {
  await page.goto('/test-pages/csp.html')
  await expect(consentUI(page).banner).toBeVisible()
  await page.evaluate(() =>
    document.body.insertAdjacentHTML(
      'beforeend',
      '<iframe data-src="https://www.youtube-nocookie.com/embed/csp" data-category="social" data-service="youtube" width="320" height="180" title="Video"></iframe>',
    ),
  )
  const group = page.locator('iframe').contentFrame().getByRole('group')
  await expect(group).toHaveAccessibleName('YouTube content blocked')
  // Its rules (a constructed stylesheet) and colours (set through the style object) both got through.
  await expect(group.getByRole('button', { name: 'Load this once' })).toHaveCSS('cursor', 'pointer')
  await expect(group.getByRole('button', { name: 'Load this once' })).toHaveCSS('background-color', 'rgb(29, 78, 216)')
  expect(await violations(page)).toEqual([])
})

test("the README's second line of defence: under a policy without 'unsafe-inline' for scripts, the browser itself refuses a javascript: URL in an iframe", async ({ page }) => {
  // Consentry never sets one (security.spec.ts); this is what a site's policy adds, whatever sets it.
  await page.goto('/test-pages/csp.html')
  await page.evaluate(() => {
    const frame = document.createElement('iframe')
    frame.src = 'javascript:parent.pwned = true'
    document.body.append(frame)
  })
  await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src(-elem)? blocked inline/)])
  expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined()
})
