import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { axeViolations } from './axe'
import { consentCookie } from './browser-state'
import { consentUI } from './consent-ui'
import { networkQuiet } from './network'

// test/browser/pages/embeds.html: YouTube embeds laid out the ways sites do it (one amid strong content styles), and one Vimeo embed.
const YOUTUBE = ['fixed', 'responsive', 'ratio', 'block', 'percent', 'hostile']
const SECTIONS = [...YOUTUBE, 'vimeo']
const youtubeUrl = (id: string) => `https://www.youtube-nocookie.com/embed/${id}`

const youtubeRequests = (requests: string[]) => requests.filter((url) => url.startsWith('https://www.youtube-nocookie.com/'))
const section = (page: Page, id: string) => page.locator(`#${id}`)
const placeholder = (page: Page, id: string) => section(page, id).getByRole('group')
const button = (page: Page, id: string, name: RegExp) => placeholder(page, id).getByRole('button', { name })
const ONCE = /^(Load this once|Eenmalig laden)$/
const ALWAYS = /^(Always allow|.* altijd toestaan)/

interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** Per section: the box of what the visitor sees in the embed's place, the hidden iframe's, and where the next paragraph starts. */
function layout(page: Page, ids: string[]) {
  return page.evaluate((ids) => {
    const box = (element: Element | null) => {
      if (!element) return null
      const { x, y, width, height } = element.getBoundingClientRect()
      return { x, y, width, height }
    }
    return ids.map((id) => {
      const section = document.getElementById(id)!
      return {
        id,
        placeholder: box(section.querySelector('.cy-ph')),
        iframe: box(section.querySelector('iframe')),
        after: box(section.querySelector('.after'))!.y,
      }
    })
  }, ids)
}

function expectSameBox(actual: Box | null, expected: Box | null, what: string) {
  expect(actual, what).not.toBeNull()
  for (const key of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(actual![key] - expected![key]), `${what}: ${key}`).toBeLessThan(1)
}

test.describe('embed placeholders', () => {
  for (const width of [1280, 360]) test(`stand in at the exact box of the iframe, and nothing moves when it loads (${width} px wide)`, async ({ page, thirdPartyRequests }) => {
    await page.setViewportSize({ width, height: 800 })
    await page.goto('/test-pages/embeds.html', { waitUntil: 'networkidle' })
    await expect(page.locator('.cy-ph')).toHaveCount(SECTIONS.length)
    const held = await layout(page, SECTIONS)
    for (const { id, placeholder: cover, iframe } of held) {
      expectSameBox(cover, iframe, `${id}: placeholder over the hidden iframe`)
      expect(cover!.width * cover!.height, id).toBeGreaterThan(1000)
      await expect(placeholder(page, id)).toBeVisible()
      await expect(section(page, id).locator('iframe')).toBeHidden()
    }
    expect(youtubeRequests(thirdPartyRequests)).toEqual([])

    await button(page, 'fixed', ALWAYS).click()
    await expect.poll(() => youtubeRequests(thirdPartyRequests).sort()).toEqual(YOUTUBE.map(youtubeUrl).sort())
    await expect(page.locator('.cy-ph')).toHaveCount(1)
    const loaded = await layout(page, SECTIONS)
    for (const [i, id] of YOUTUBE.entries()) {
      expect(loaded[i].placeholder, id).toBeNull()
      // What the placeholder covered is where the loaded iframe is; the text after it stays put.
      expectSameBox(loaded[i].iframe, held[i].placeholder, `${id}: loaded iframe where its placeholder was`)
      expect(loaded[i].after, id).toBe(held[i].after)
      await expect(section(page, id).locator('iframe')).toBeVisible()
    }
    await expect(placeholder(page, 'vimeo')).toBeVisible()
    // Showing the placeholders (after the UI loaded) moved nothing, and no style was refused by the CSP.
    expect(await page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift)).toBe(0)
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([])
  })

  test("keep their look amid the site's content styles", async ({ page }) => {
    await page.goto('/test-pages/embeds.html', { waitUntil: 'networkidle' })
    const looks = (id: string) =>
      placeholder(page, id).evaluate((group) =>
        [group, ...group.querySelectorAll('p, a, button')].map((el) => {
          const style = getComputedStyle(el)
          return [el.tagName, style.fontSize, style.lineHeight, style.margin, style.padding, style.color, style.backgroundColor, style.borderTopWidth].join(' ')
        }),
      )
    // #fixed and #hostile have the same size; only the page's content rules differ.
    expect(await looks('hostile')).toEqual(await looks('fixed'))
  })

  test('say which service, why, and link its privacy policy', async ({ page }) => {
    await page.goto('/test-pages/embeds.html')
    const group = placeholder(page, 'fixed')
    await expect(group).toHaveAccessibleName('YouTube content held back')
    await expect(group).toContainText('You have not allowed YouTube (Social media).')
    await expect(group.getByRole('link', { name: 'Privacy policy of YouTube' })).toHaveAttribute('href', 'https://policies.google.com/privacy')
    await expect(button(page, 'fixed', ONCE)).toHaveText('Load this once')
    await expect(button(page, 'fixed', ALWAYS)).toHaveText('Always allow YouTube')

    await page.goto('/test-pages/embeds.html?lang=nl')
    await expect(placeholder(page, 'vimeo')).toHaveAccessibleName('Inhoud van Vimeo tegengehouden')
    await expect(button(page, 'vimeo', ONCE)).toHaveText('Eenmalig laden')
    await expect(button(page, 'vimeo', ALWAYS)).toHaveText('Vimeo altijd toestaan')
  })

  test('work by keyboard; "Load this once" loads one embed for this page view only', async ({ page, context, thirdPartyRequests }) => {
    await page.goto('/test-pages/embeds.html', { waitUntil: 'networkidle' })
    await consentUI(page).bannerButton('rejectAll').click()
    // The banner goes once the decision is stored.
    await expect(consentUI(page).banner).toBeHidden()
    const before = await consentCookie(context)

    const focusedName = () => page.evaluate(() => `${document.activeElement?.closest('section')?.id}: ${document.activeElement?.textContent}`)
    /** Presses Tab until `name` has focus (the way a keyboard user gets there). */
    async function tabTo(name: string) {
      for (let i = 0; i < 40 && (await focusedName()) !== name; i++) await page.keyboard.press('Tab')
      expect(await focusedName()).toBe(name)
    }
    await tabTo('fixed: Load this once')
    await page.keyboard.press('Enter')
    await expect(section(page, 'fixed').locator('iframe')).toHaveAttribute('src', youtubeUrl('fixed'))
    await expect.poll(() => youtubeRequests(thirdPartyRequests)).toEqual([youtubeUrl('fixed')])
    // Focus goes to what was loaded, not back to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME')
    await expect(page.locator('.cy-ph')).toHaveCount(SECTIONS.length - 1)

    await tabTo('vimeo: Always allow Vimeo')
    await page.keyboard.press('Space')
    await expect(section(page, 'vimeo').locator('iframe')).toHaveAttribute('src', 'https://player.vimeo.com/video/1')

    // Loading once recorded nothing; the Vimeo decision is stored.
    const after = await consentCookie(context)
    expect(after).toMatchObject({ id: before!.id, method: 'custom', services: { youtube: false, vimeo: true } })

    await page.reload({ waitUntil: 'networkidle' })
    await expect(placeholder(page, 'fixed')).toBeVisible()
    await expect(section(page, 'vimeo').locator('iframe')).toHaveAttribute('src', 'https://player.vimeo.com/video/1')
    await expect(placeholder(page, 'vimeo')).toHaveCount(0)
    await networkQuiet(page)
    expect(youtubeRequests(thirdPartyRequests)).toEqual([youtubeUrl('fixed')])
  })

  test('"Always allow" is a recorded decision that survives a reload', async ({ page, context, thirdPartyRequests }) => {
    await page.goto('/test-pages/embeds.html', { waitUntil: 'networkidle' })
    await expect(consentUI(page).banner).toBeVisible()
    await button(page, 'responsive', ALWAYS).click()
    // A decision like any other: the banner goes and the record says what was chosen, and how.
    await expect(consentUI(page).banner).toBeHidden()
    const record = await consentCookie(context)
    expect(record).toMatchObject({
      method: 'custom',
      categories: { necessary: true, functional: false, analytics: false, social: true },
      services: { 'google-analytics': false, youtube: true, vimeo: false },
    })
    await expect.poll(() => youtubeRequests(thirdPartyRequests).length).toBe(YOUTUBE.length)

    await page.reload({ waitUntil: 'networkidle' })
    for (const id of YOUTUBE) await expect(section(page, id).locator('iframe')).toHaveAttribute('src', youtubeUrl(id))
    await expect(page.locator('.cy-ph')).toHaveCount(1)
    await expect(placeholder(page, 'vimeo')).toBeVisible()
    expect((await consentCookie(context))!.updatedAt).toBe(record!.updatedAt)
    await expect.poll(() => youtubeRequests(thirdPartyRequests).length).toBe(2 * YOUTUBE.length)
  })

  test('withdrawal turns loaded embeds back into placeholders', async ({ page, thirdPartyRequests }) => {
    await page.goto('/test-pages/embeds.html', { waitUntil: 'networkidle' })
    await button(page, 'fixed', ALWAYS).click()
    await expect.poll(() => youtubeRequests(thirdPartyRequests).length).toBe(YOUTUBE.length)
    for (const id of YOUTUBE) await expect(section(page, id).locator('iframe')).toBeVisible()

    await page.getByRole('link', { name: 'Cookie settings' }).click()
    await consentUI(page).dialogButton('rejectAll').click()
    await expect(page.locator('.cy-ph')).toHaveCount(SECTIONS.length)
    for (const id of YOUTUBE) {
      const iframe = section(page, id).locator('iframe')
      await expect(iframe).not.toHaveAttribute('src')
      await expect(iframe).toHaveAttribute('data-src', youtubeUrl(id))
      await expect(iframe).toBeHidden()
      // A fresh, empty frame: nothing of the video is left running.
      expect(await iframe.evaluate((f: HTMLIFrameElement) => f.contentWindow?.location.href)).toBe('about:blank')
    }
    await networkQuiet(page)
    expect(youtubeRequests(thirdPartyRequests).length).toBe(YOUTUBE.length)

    // Allowed again, they load again: once each.
    await button(page, 'block', ALWAYS).click()
    await expect.poll(() => youtubeRequests(thirdPartyRequests).length).toBe(2 * YOUTUBE.length)
    await networkQuiet(page)
    expect(youtubeRequests(thirdPartyRequests).length).toBe(2 * YOUTUBE.length)
  })

  for (const [query, label] of [['', 'English, light'], ['?lang=nl&theme=dark', 'Dutch, dark']]) {
    test(`pass axe-core (${label})`, async ({ page }) => {
      await page.goto('/test-pages/embeds.html' + query, { waitUntil: 'networkidle' })
      await consentUI(page).bannerButton('rejectAll').click()
      await expect(page.locator('.cy-ph')).toHaveCount(SECTIONS.length)
      expect(await axeViolations(page, 'body')).toEqual([])
    })
  }

  test('the demo shows a placeholder for its YouTube video until it is allowed', async ({ page, thirdPartyRequests }) => {
    await page.setViewportSize({ width: 1000, height: 900 })
    await page.goto('/', { waitUntil: 'networkidle' })
    const video = page.locator('#video')
    const group = video.getByRole('group')
    await expect(group).toHaveAccessibleName('Inhoud van YouTube tegengehouden')
    await consentUI(page).bannerButton('rejectAll').click()
    await expect(consentUI(page).banner).toBeHidden()
    await group.scrollIntoViewIfNeeded()
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
    await video.screenshot({ path: 'screenshots/embed-placeholder-demo.png' })
    const held = await group.boundingBox()
    expect(youtubeRequests(thirdPartyRequests)).toEqual([])

    await group.getByRole('button', { name: 'YouTube altijd toestaan' }).click()
    await expect(video.locator('iframe')).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ')
    await expect(group).toHaveCount(0)
    const loaded = await video.locator('iframe').boundingBox()
    expectSameBox(loaded, held, 'demo video')
    // The src is set before Chromium asks for the frame, so wait for the request; then make sure it was the only one.
    await expect.poll(() => youtubeRequests(thirdPartyRequests)).toEqual(['https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ'])
    await networkQuiet(page)
    expect(youtubeRequests(thirdPartyRequests)).toEqual(['https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ'])
  })
})
