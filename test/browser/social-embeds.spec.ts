import type { Page } from '@playwright/test'
import { catalogue } from '../../src/services/registry'
import { consentUI } from './consent-ui'
import { test, expect } from './fixtures'
import { placeholderIn } from './placeholders'

// test/browser/pages/social-embeds.html: the catalogue's social plug-ins and embeds, named by id,
// one iframe of each marked by hand (#marked) and one added by code, unmarked (#added, held back
// by autoBlock from the entry's hosts), and an X post embedded with widgets.js.
const SOCIAL = ['facebook-social', 'x', 'instagram', 'pinterest'].map((id) => catalogue[id]())
const VENDOR_HOSTS = /^https:\/\/([\w-]+\.)*(facebook\.com|facebook\.net|twitter\.com|instagram\.com|pinterest\.com)\//

const iframeOf = (page: Page, section: string, id: string) => page.locator(`#${section} [data-for="${id}"] iframe`)
const vendorRequests = (requests: string[]) => requests.filter((url) => VENDOR_HOSTS.test(url))

async function open(page: Page) {
  await page.goto('/test-pages/social-embeds.html', { waitUntil: 'networkidle' })
  await expect(consentUI(page).banner).toBeVisible()
  await page.evaluate(() => (window as unknown as { addEmbeds(): void }).addEmbeds())
}

test.describe('social embeds from the catalogue', () => {
  for (const section of ['marked', 'added'])
    test(`a held-back iframe of each (${section}) gets a placeholder naming the service, its provider and its privacy policy; nothing is requested`, async ({ page, thirdPartyRequests }) => {
      await open(page)
      for (const service of SOCIAL) {
        const group = placeholderIn(iframeOf(page, section, service.id))
        await expect(group, service.id).toHaveAccessibleName(`${service.name} content blocked`)
        await expect(group, service.id).toContainText(`If you load it, ${service.provider} receives your IP address`)
        await expect(group.getByRole('link', { name: `Privacy policy of ${service.name}` })).toHaveAttribute('href', service.privacyPolicyUrl!)
      }
      expect(vendorRequests(thirdPartyRequests)).toEqual([])
    })

  test('"Always allow X (Twitter)" loads the X embeds (iframes and widgets.js), and nothing of the others', async ({ page, thirdPartyRequests }) => {
    await open(page)
    await placeholderIn(iframeOf(page, 'marked', 'x')).getByRole('button', { name: 'Always allow X (Twitter)' }).click()
    await expect
      .poll(() => vendorRequests(thirdPartyRequests).sort())
      .toEqual(['https://platform.twitter.com/embed/Tweet.html?id=20', 'https://platform.twitter.com/embed/Tweet.html?id=20', 'https://platform.twitter.com/widgets.js'])
    for (const id of ['facebook-social', 'instagram', 'pinterest'])
      for (const section of ['marked', 'added']) await expect(placeholderIn(iframeOf(page, section, id)), `${section} ${id}`).toBeVisible()
  })
})
