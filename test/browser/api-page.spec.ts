import { test, expect } from './fixtures'
import { consentUI } from './consent-ui'
import { cookieNames } from './browser-state'

// demo/api.html: the classic build in a plain HTML page, no bundler, driven through window.Consentry.
test('the API playground: buttons call the API, held-back tags follow, events are logged', async ({ page, context, thirdPartyRequests }) => {
  const ui = consentUI(page)
  const log = page.locator('#log')
  const call = (name: string) => page.getByRole('button', { name, exact: true }).click()
  await page.goto('/api.html', { waitUntil: 'networkidle' })

  await expect(ui.banner).toBeVisible()
  await expect(log).toContainText('consentry:ready')
  await expect(page.locator('#consent')).toHaveText('null')
  expect(await cookieNames(context)).toEqual([])

  await call("save({ categories: ['analytics'] })")
  await expect(log).toContainText('analytics script ran: visit 1')
  await expect(log).toContainText('consentry:change')
  await expect(page.locator('#allowed-analytics')).toHaveText('true')
  await expect(page.locator('#allowed-pixel')).toHaveText('false')
  await expect(page.locator('#consent')).toContainText('"method": "custom"')
  await expect(page.locator('h2 img')).not.toHaveAttribute('src', /./)

  await call('acceptAll()')
  await expect(page.locator('#allowed-pixel')).toHaveText('true')
  await expect(page.locator('h2 img')).toHaveAttribute('src', '/favicon.svg')
  expect(await cookieNames(context)).toEqual(['consentry', 'playground_visits'])

  await call('reset()')
  await expect(ui.banner).toBeVisible()
  await expect(page.locator('#consent')).toHaveText('null')
  // Nothing is allowed any more: the visit counter's declared cookie goes with the decision.
  expect(await cookieNames(context)).toEqual([])
  expect(thirdPartyRequests).toEqual([])
})
