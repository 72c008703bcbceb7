import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { axeViolations } from './axe'
import { consentCookie } from './browser-state'
import { consentUI } from './consent-ui'
import { networkQuiet } from './network'
import { demoPageIn } from './demo-pages'
import { placeholderCount, placeholderIn } from './placeholders'

// test/browser/pages/embeds.html: YouTube embeds laid out the ways sites do it (one amid strong content styles), and one Vimeo embed.
const YOUTUBE = ['fixed', 'responsive', 'ratio', 'block', 'percent', 'hostile']
const SECTIONS = [...YOUTUBE, 'vimeo']
const youtubeUrl = (id: string) => `https://www.youtube-nocookie.com/embed/${id}`

const DEMO_VIDEO = youtubeUrl('aqz-KE-bpKQ')
/** Refuses everything again, as a visitor's "Reject all" in the preferences does, and waits for the demo's placeholder. */
async function withdraw(page: Page) {
  await page.evaluate(() => (window as unknown as { Consentry: { rejectAll(): void } }).Consentry.rejectAll())
  await expect(placeholderIn(page.locator('#video iframe'))).toBeVisible()
}

const youtubeRequests = (requests: string[]) => requests.filter((url) => url.startsWith('https://www.youtube-nocookie.com/'))
const section = (page: Page, id: string) => page.locator(`#${id}`)
const iframeIn = (page: Page, id: string) => section(page, id).locator('iframe')
const placeholder = (page: Page, id: string) => placeholderIn(iframeIn(page, id))
const button = (page: Page, id: string, name: RegExp) => placeholder(page, id).getByRole('button', { name })
const ONCE = /^(Load this once|Eenmalig laden)$/
const ALWAYS = /^(Always allow|.* altijd toestaan)/

interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** Per section: the box of the placeholder (drawn inside the iframe), the iframe's, and where the next paragraph starts. */
function layout(page: Page, ids: string[]) {
  return Promise.all(
    ids.map(async (id) => {
      const group = placeholder(page, id)
      return {
        id,
        placeholder: (await group.count()) ? await group.boundingBox() : null,
        iframe: await iframeIn(page, id).boundingBox(),
        after: (await section(page, id).locator('.after').boundingBox())!.y,
      }
    }),
  )
}

function expectSameBox(actual: Box | null, expected: Box | null, what: string) {
  expect(actual, what).not.toBeNull()
  for (const key of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(actual![key] - expected![key]), `${what}: ${key}`).toBeLessThan(1)
}

test.describe('embed placeholders', () => {
  for (const width of [1280, 360]) test(`fill the exact box of the iframe, and nothing moves when it loads (${width} px wide)`, async ({ page, thirdPartyRequests }) => {
    await page.setViewportSize({ width, height: 800 })
    await page.goto('/test-pages/embeds.html', { waitUntil: 'networkidle' })
    await expect.poll(() => placeholderCount(page)).toBe(SECTIONS.length)
    const held = await layout(page, SECTIONS)
    for (const { id, placeholder: cover, iframe } of held) {
      expectSameBox(cover, iframe, `${id}: placeholder filling the iframe`)
      expect(cover!.width * cover!.height, id).toBeGreaterThan(1000)
      await expect(placeholder(page, id)).toBeVisible()
    }
    expect(youtubeRequests(thirdPartyRequests)).toEqual([])

    await button(page, 'fixed', ALWAYS).click()
    await expect.poll(() => youtubeRequests(thirdPartyRequests).sort()).toEqual(YOUTUBE.map(youtubeUrl).sort())
    await expect.poll(() => placeholderCount(page)).toBe(1)
    const loaded = await layout(page, SECTIONS)
    for (const [i, id] of YOUTUBE.entries()) {
      expect(loaded[i].placeholder, id).toBeNull()
      // What the placeholder filled is where the loaded embed is; the text after it stays put.
      expectSameBox(loaded[i].iframe, held[i].placeholder, `${id}: loaded iframe where its placeholder was`)
      expect(loaded[i].after, id).toBe(held[i].after)
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
    await expect(group).toHaveAccessibleName('YouTube content blocked')
    // This page's YouTube names no provider: the host the video loads from stands in.
    await expect(group).toContainText('You have not allowed YouTube. If you load it, www.youtube-nocookie.com receives your IP address and can set cookies.')
    await expect(group.getByRole('link', { name: 'Privacy policy of YouTube' })).toHaveAttribute('href', 'https://policies.google.com/privacy')
    await expect(button(page, 'fixed', ONCE)).toHaveText('Load this once')
    await expect(button(page, 'fixed', ALWAYS)).toHaveText('Always allow YouTube')

    await page.goto('/test-pages/embeds.html?lang=nl')
    await expect(placeholder(page, 'vimeo')).toHaveAccessibleName('Inhoud van Vimeo geblokkeerd')
    await expect(button(page, 'vimeo', ONCE)).toHaveText('Eenmalig laden')
    await expect(button(page, 'vimeo', ALWAYS)).toHaveText('Vimeo altijd toestaan')
  })

  test('link the details before an Always allow: the preferences, which say what the service does and how to withdraw', async ({ page }) => {
    await page.goto('/test-pages/embeds.html', { waitUntil: 'networkidle' })
    const ui = consentUI(page)
    await placeholder(page, 'fixed').getByRole('link', { name: 'Details' }).click()
    await expect(ui.dialog).toBeVisible()
    expect(await page.evaluate(() => location.hash)).toBe('')
  })

  test('pass Escape on to the page: with focus in a placeholder, it closes the banner, deciding nothing', async ({ page }) => {
    await page.goto('/test-pages/embeds.html', { waitUntil: 'networkidle' })
    const ui = consentUI(page)
    await expect(ui.banner).toBeVisible()
    await button(page, 'fixed', ONCE).focus()
    await page.keyboard.press('Escape')
    await expect(ui.banner).toBeHidden()
    expect(await page.evaluate(() => (window as unknown as { Consentry: { getConsent(): unknown } }).Consentry.getConsent())).toBeNull()
    // Other keys stay the frame's own: Tab still moves on from the placeholder's button.
    await button(page, 'fixed', ONCE).focus()
    await page.keyboard.press('Tab')
    await expect(button(page, 'fixed', ALWAYS)).toBeFocused()
  })

  test('work by keyboard; "Load this once" loads one embed for this page view only', async ({ page, context, thirdPartyRequests }) => {
    await page.goto('/test-pages/embeds.html', { waitUntil: 'networkidle' })
    await consentUI(page).bannerButton('rejectAll').click()
    // The banner goes once the decision is stored.
    await expect(consentUI(page).banner).toBeHidden()
    const before = await consentCookie(context)

    // Focus in a placeholder is focus in its iframe's document.
    const focusedName = () =>
      page.evaluate(() => {
        const section = document.activeElement?.closest('section')?.id
        const inFrame = document.activeElement instanceof HTMLIFrameElement && document.activeElement.contentDocument?.activeElement
        return `${section}: ${(inFrame || document.activeElement)?.textContent}`
      })
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
    await expect.poll(() => placeholderCount(page)).toBe(SECTIONS.length - 1)
    // Keys pressed while the video's own (cross-origin) document is still loading can go to it and
    // be lost, as for a visitor on a slow machine: Tab on once it is there.
    const video = () => page.frames().find((frame) => frame.url() === youtubeUrl('fixed'))
    await expect.poll(async () => video()?.evaluate(() => document.readyState).catch(() => 'gone')).toBe('complete')

    await tabTo('vimeo: Always allow Vimeo')
    await page.keyboard.press('Space')
    await expect(section(page, 'vimeo').locator('iframe')).toHaveAttribute('src', 'https://player.vimeo.com/video/1')

    // Loading once recorded nothing; the Vimeo decision is stored.
    const after = await consentCookie(context)
    expect(after).toMatchObject({ id: before!.id, method: 'custom', services: { youtube: false, vimeo: true } })

    await page.reload({ waitUntil: 'networkidle' })
    await expect(placeholder(page, 'fixed')).toBeVisible()
    await expect(section(page, 'vimeo').locator('iframe')).toHaveAttribute('src', 'https://player.vimeo.com/video/1')
    await expect(section(page, 'vimeo').locator('iframe')).not.toHaveAttribute('srcdoc')
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
      categories: { necessary: true, functional: false, analytics: false, social: false },
      services: { 'google-analytics': false, youtube: true, vimeo: false },
    })
    await expect.poll(() => youtubeRequests(thirdPartyRequests).length).toBe(YOUTUBE.length)
    // YouTube alone: the page's social tag that names no service stays held back.
    await networkQuiet(page)
    expect(thirdPartyRequests.filter((url) => url.includes('twitter.com'))).toEqual([])
    // Each in its own layout, the videos took their placeholders' places in the frames' history: nothing was added.
    expect(await page.evaluate(() => history.length)).toBe(2)

    await page.reload({ waitUntil: 'networkidle' })
    for (const id of YOUTUBE) await expect(section(page, id).locator('iframe')).toHaveAttribute('src', youtubeUrl(id))
    await expect.poll(() => placeholderCount(page)).toBe(1)
    await expect(placeholder(page, 'vimeo')).toBeVisible()
    expect((await consentCookie(context))!.updatedAt).toBe(record!.updatedAt)
    await expect.poll(() => youtubeRequests(thirdPartyRequests).length).toBe(2 * YOUTUBE.length)
  })

  // The legal audit's case, on a page whose social category lists YouTube only (as the demo's does):
  // the preferences must not read YouTube's own answer as the whole category's.
  test('"Always allow YouTube", then the preferences saved unchanged: still YouTube alone', async ({ page, context, thirdPartyRequests }) => {
    await page.route('**/test-pages/embeds.html', async (route) => {
      const response = await route.fetch()
      const vimeo = "{ id: 'vimeo', name: 'Vimeo', category: 'social', hosts: ['player.vimeo.com'] },"
      const html = await response.text()
      if (!html.includes(vimeo)) throw new Error(`embeds.html no longer lists ${vimeo}`)
      await route.fulfill({ response, body: html.replace(vimeo, '') })
    })
    const ui = consentUI(page)
    await page.goto('/test-pages/embeds.html', { waitUntil: 'networkidle' })
    await ui.bannerButton('rejectAll').click()
    await expect(ui.banner).toBeHidden()
    await button(page, 'fixed', ALWAYS).click()
    await expect.poll(() => youtubeRequests(thirdPartyRequests).length).toBe(YOUTUBE.length)
    const allowed = (await consentCookie(context))!
    expect(allowed).toMatchObject({ categories: { social: false }, services: { youtube: true } })

    await ui.reopenButton.click()
    await expect(ui.dialog).toBeVisible()
    await expect(ui.categorySwitch('social')).toHaveAttribute('aria-checked', 'false')
    await expect(ui.categorySwitch('social')).toHaveAccessibleDescription('Partly allowed')
    // Its service list is open already: that is where the "partly" is.
    await expect(ui.serviceSwitch('YouTube')).toHaveAttribute('aria-checked', 'true')
    await ui.dialogButton('save').click()
    await expect(ui.dialog).toBeHidden()

    const saved = (await consentCookie(context))!
    expect(saved.method).toBe('custom')
    expect(saved.updatedAt > allowed.updatedAt).toBe(true)
    expect([saved.categories, saved.services]).toEqual([allowed.categories, allowed.services])
    // The declaration says what the dialog showed, and the placeholders still agree.
    await page.evaluate(() => document.querySelector('footer')!.insertAdjacentHTML('beforeend', '<div data-consentry="declaration"></div>'))
    const social = page.locator('[data-consentry=declaration] .cy-category').filter({ hasText: 'Social media' })
    await expect(social.locator(':scope > .cy-row > .cy-state')).toHaveText('Partly allowed')
    await expect.poll(() => placeholderCount(page)).toBe(1)
    // The social tag that names no service, and Vimeo (a service this config does not list), need the whole category.
    await networkQuiet(page)
    expect(thirdPartyRequests.filter((url) => url.includes('twitter.com') || url.includes('vimeo.com'))).toEqual([])
  })

  test('under Trusted Types (the site\'s default policy), a withdrawal still draws the placeholder in the frame, without an error', async ({ page }) => {
    // The frame's blank document has no policy of its own: the doctype cannot be written into it.
    await page.route('**/test-pages/embeds.html', async (route) => {
      const response = await route.fetch()
      const policy = "<script>trustedTypes.createPolicy('default', { createHTML: (s) => s, createScript: (s) => s, createScriptURL: (s) => s })</script>"
      const html = (await response.text()).replace('<head>', '<head>' + policy)
      await route.fulfill({ response, body: html, headers: { ...response.headers(), 'content-security-policy': "require-trusted-types-for 'script'; trusted-types default" } })
    })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto('/test-pages/embeds.html', { waitUntil: 'networkidle' })
    await consentUI(page).bannerButton('acceptAll').click()
    await expect.poll(() => placeholderCount(page)).toBe(0)
    await page.evaluate(() => (window as unknown as { Consentry: { rejectAll(): void } }).Consentry.rejectAll())
    await expect(placeholder(page, 'fixed')).toBeVisible()
    await expect(button(page, 'fixed', ALWAYS)).toBeVisible()
    expect(errors).toEqual([])
  })

  test('withdrawal turns loaded embeds back into placeholders', async ({ page, thirdPartyRequests }) => {
    await page.goto('/test-pages/embeds.html', { waitUntil: 'networkidle' })
    await button(page, 'fixed', ALWAYS).click()
    await expect.poll(() => youtubeRequests(thirdPartyRequests).length).toBe(YOUTUBE.length)
    await expect.poll(() => placeholderCount(page)).toBe(1)
    // Loaded, as this test's name says: each video's own (cross-origin) document is in its frame.
    // Requested is not yet loaded on a busy machine, and a withdrawal while one loads is a case of its own.
    await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('iframe')].filter((frame) => !frame.contentDocument).length)).toBe(YOUTUBE.length)

    // Marks the iframes the page has now, to tell them from copies.
    await page.evaluate(() => document.querySelectorAll('iframe').forEach((iframe) => Object.assign(iframe, { original: true })))
    await page.getByRole('link', { name: 'Cookie settings' }).click()
    await consentUI(page).dialogButton('rejectAll').click()
    await expect.poll(() => placeholderCount(page)).toBe(SECTIONS.length)
    for (const id of YOUTUBE) {
      await expect(placeholder(page, id)).toBeVisible()
      // The same iframe, where the page put it, now showing the placeholder's document: the video is unloaded.
      const iframe = iframeIn(page, id)
      expect(await iframe.evaluate((f) => 'original' in f)).toBe(true)
      await expect(iframe).toHaveAttribute('data-src', youtubeUrl(id))
      // The page reaches the frame's document: the cross-origin video's is gone, replaced (no srcdoc pushed over it).
      expect(await iframe.evaluate((f: HTMLIFrameElement) => [!!f.contentDocument, f.hasAttribute('srcdoc')])).toEqual([true, false])
    }
    await networkQuiet(page)
    expect(youtubeRequests(thirdPartyRequests).length).toBe(YOUTUBE.length)

    // Loaded once, one loads again, once; allowed again, the others do too, once each.
    await button(page, 'percent', ONCE).click()
    await expect.poll(() => youtubeRequests(thirdPartyRequests).length).toBe(YOUTUBE.length + 1)
    await networkQuiet(page)
    expect(youtubeRequests(thirdPartyRequests).slice(YOUTUBE.length)).toEqual([youtubeUrl('percent')])
    await button(page, 'block', ALWAYS).click()
    await expect.poll(() => youtubeRequests(thirdPartyRequests).length).toBe(2 * YOUTUBE.length)
    await networkQuiet(page)
    expect(youtubeRequests(thirdPartyRequests).slice(YOUTUBE.length).sort()).toEqual(YOUTUBE.map(youtubeUrl).sort())
  })

  test('appear in iframes the page adds later, several at once', async ({ page }) => {
    await page.goto('/test-pages/embeds.html', { waitUntil: 'networkidle' })
    await expect.poll(() => placeholderCount(page)).toBe(SECTIONS.length)
    // Held back at once, while each new iframe still loads its first, blank document.
    await page.evaluate(() => {
      for (const id of ['late-1', 'late-2', 'late-3']) {
        const iframe = document.createElement('iframe')
        Object.assign(iframe, { id, title: 'Late video' })
        iframe.setAttribute('data-src', 'https://www.youtube-nocookie.com/embed/' + id)
        iframe.setAttribute('data-category', 'social')
        iframe.setAttribute('data-service', 'youtube')
        document.querySelector('main')!.append(iframe)
      }
    })
    for (const id of ['late-1', 'late-2', 'late-3']) await expect(placeholderIn(page.locator('#' + id))).toHaveAccessibleName('YouTube content blocked')
  })

  test("take the page's colours: its theme, the site's own restyling, and the visitor's light or dark setting as it changes", async ({ page }) => {
    const colours = (id: string) =>
      placeholder(page, id).evaluate((group) => [getComputedStyle(group.ownerDocument.documentElement).backgroundColor, getComputedStyle(group.querySelector('button')!).backgroundColor])
    const LIGHT = ['rgb(255, 255, 255)', 'rgb(29, 78, 216)']
    // consentry.css's dark background, with the accent the page sets for the dark theme.
    const DARK = ['rgb(28, 31, 38)', 'rgb(255, 159, 28)']
    await page.goto('/test-pages/embeds.html?theme=dark', { waitUntil: 'networkidle' })
    expect(await colours('fixed')).toEqual(DARK)

    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/test-pages/embeds.html?theme=auto', { waitUntil: 'networkidle' })
    expect(await colours('fixed')).toEqual(LIGHT)
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(() => colours('fixed')).toEqual(['rgb(28, 31, 38)', 'rgb(138, 180, 255)'])
  })

  test('say on the console when a sandbox keeps the placeholder out of an iframe', async ({ page }) => {
    const errors: string[] = []
    page.on('console', (message) => void (message.type() == 'error' && errors.push(message.text())))
    await page.goto('/test-pages/embeds.html', { waitUntil: 'networkidle' })
    await page.evaluate(() => {
      document.querySelector('main')!.insertAdjacentHTML(
        'beforeend',
        '<iframe sandbox="allow-scripts" data-src="https://www.youtube-nocookie.com/embed/boxed" data-category="social" data-service="youtube" title="Boxed video"></iframe>',
      )
    })
    await expect
      .poll(() => errors)
      .toContainEqual(
        '[consentry] <iframe data-src="https://www.youtube-nocookie.com/embed/boxed"> has a sandbox without allow-same-origin, so its placeholder cannot be drawn: it stays blank until the visitor allows it in the preferences.',
      )
  })

  for (const [query, label] of [['', 'English, light'], ['?lang=nl&theme=dark', 'Dutch, dark']]) {
    test(`pass axe-core (${label})`, async ({ page }) => {
      await page.goto('/test-pages/embeds.html' + query, { waitUntil: 'networkidle' })
      await consentUI(page).bannerButton('rejectAll').click()
      await expect.poll(() => placeholderCount(page)).toBe(SECTIONS.length)
      expect(await axeViolations(page, 'body')).toEqual([])
    })
  }

  // At 320 px, the demo's responsive YouTube frame is 280×158: both actions must show without scrolling inside it.
  for (const lang of ['nl', 'en', 'de', 'fr'] as const) {
    test(`fit the demo's video frame at 320 px, both buttons in full (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 })
      await page.goto(await demoPageIn(page, lang), { waitUntil: 'networkidle' })
      const iframe = page.locator('#video iframe')
      const group = placeholderIn(iframe)
      await expect(group).toBeVisible()
      const frame = (await iframe.boundingBox())!
      expect([Math.round(frame.width), Math.round(frame.height)]).toEqual([280, 158])
      const buttons = group.getByRole('button')
      await expect(buttons).toHaveCount(2)
      for (const box of await Promise.all((await buttons.all()).map((b) => b.boundingBox()))) {
        expect(box!.y, `${lang}: top of a button`).toBeGreaterThanOrEqual(frame.y)
        expect(box!.y + box!.height, `${lang}: bottom of a button`).toBeLessThanOrEqual(frame.y + frame.height)
        expect(box!.x + box!.width, `${lang}: end of a button`).toBeLessThanOrEqual(frame.x + frame.width)
      }
      // What it says still shows (its title gives way to it, under 200 px high), and still names the group.
      await expect(group.getByText(/\bIP\b/)).toBeVisible()
      await expect(group.locator('.cy-title')).toBeHidden()
      await expect(group).toHaveAccessibleName(/YouTube/)
    })
  }

  // Smaller still (a thumbnail-sized video, an audio player's strip): what does not fit scrolls inside the frame.
  for (const [width, height] of [[200, 113], [160, 90], [320, 80]] as const) {
    test(`in a ${width}×${height} frame, each button can be scrolled to`, async ({ page }) => {
      await page.goto('/test-pages/embeds.html?lang=fr', { waitUntil: 'networkidle' })
      const iframe = iframeIn(page, 'fixed')
      await iframe.evaluate((el, [w, h]) => Object.assign(el, { width: String(w), height: String(h) }), [width, height])
      const frame = (await iframe.boundingBox())!
      expect([frame.width, frame.height]).toEqual([width, height])
      // Under 120 px high the text gives way to the title.
      await expect(placeholder(page, 'fixed').locator('.cy-title')).toBeVisible()
      await expect(placeholder(page, 'fixed').locator('.cy-why')).toBeHidden()
      for (const button of await placeholder(page, 'fixed').getByRole('button').all()) {
        await button.scrollIntoViewIfNeeded()
        const box = (await button.boundingBox())!
        expect(box.y).toBeGreaterThanOrEqual(frame.y - 0.5)
        expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height + 0.5)
      }
    })
  }

  // WCAG 2.4.11: with a larger text size (24 px), the placeholder scrolls in its frame; Tab must bring each
  // control in whole, with its focus ring, not to the very edge of the frame, which cuts the ring.
  for (const [width, height] of [[200, 113], [280, 158], [320, 100]] as const) {
    test(`in a ${width}×${height} frame with 24 px text, Tab shows each control with its whole focus ring`, async ({ page }) => {
      await (await page.context().newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard: 24, fixed: 24 } })
      await page.goto('/test-pages/embeds.html?lang=fr', { waitUntil: 'networkidle' })
      const iframe = iframeIn(page, 'fixed')
      await iframe.evaluate((el, [w, h]) => Object.assign(el, { width: String(w), height: String(h) }), [width, height])
      await expect(placeholder(page, 'fixed')).toBeVisible()
      const frame = iframe.contentFrame()
      expect(await frame.locator('html').evaluate(() => document.scrollingElement!.scrollHeight > innerHeight)).toBe(true)
      await iframe.evaluate((el: HTMLIFrameElement) => el.focus())
      const reached: string[] = []
      const cut: string[] = []
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Tab')
        const ring = await frame.locator('html').evaluate(() => {
          const control = document.activeElement!
          if (control == document.body) return null
          const style = getComputedStyle(control)
          const out = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset)
          const box = control.getClientRects()[0]
          return { name: control.textContent!, cut: box.top - out < 0 || box.bottom + out > innerHeight }
        })
        if (!ring) break
        reached.push(ring.name)
        if (ring.cut) cut.push(ring.name)
      }
      expect(reached).toEqual(expect.arrayContaining(['Charger une fois', 'Toujours autoriser YouTube']))
      expect(cut).toEqual([])
    })
  }

  test("a withdrawal leaves the embed nowhere in the frame's history: the next Back leaves the page, and requests nothing", async ({ page, thirdPartyRequests }) => {
    const group = placeholderIn(page.locator('#video iframe'))
    await page.goto('/en/', { waitUntil: 'networkidle' })
    await consentUI(page).bannerButton('acceptAll').click()
    await expect.poll(() => youtubeRequests(thirdPartyRequests)).toEqual([DEMO_VIDEO])
    // As a visitor who comes back to the page: the video loads straight away, with no placeholder before it.
    await page.goto('/en/pricing.html', { waitUntil: 'networkidle' })
    await page.goto('/en/', { waitUntil: 'networkidle' })
    await expect.poll(() => youtubeRequests(thirdPartyRequests)).toEqual([DEMO_VIDEO, DEMO_VIDEO])

    await withdraw(page)
    await expect(group).toHaveAccessibleName('YouTube content blocked')
    await networkQuiet(page)
    const before = thirdPartyRequests.length
    // Stepping back inside the frame would not load the page, so do not wait for that.
    await page.goBack({ waitUntil: 'commit', timeout: 5000 }).catch(() => null)
    await expect(page).toHaveURL(/\/en\/pricing\.html$/)
    await networkQuiet(page)
    expect(thirdPartyRequests.slice(before)).toEqual([])
  })

  test('after a withdrawal the demo video loads again when allowed, and once; Back still leaves the page in one step', async ({ page, thirdPartyRequests }) => {
    const group = placeholderIn(page.locator('#video iframe'))
    // Allowed on another page: the video loads straight away here, with no placeholder before it.
    await page.goto('/en/pricing.html', { waitUntil: 'networkidle' })
    await consentUI(page).bannerButton('acceptAll').click()
    // The decision waits for the engine (and the catalogue): stored before the next page, as a visitor's would be.
    await expect.poll(() => consentCookie(page.context())).toMatchObject({ method: 'accept-all' })
    await page.goto('/en/', { waitUntil: 'networkidle' })
    await expect.poll(() => youtubeRequests(thirdPartyRequests)).toEqual([DEMO_VIDEO])
    await withdraw(page)
    await group.getByRole('button', { name: 'Always allow YouTube' }).click()
    await expect(group).toHaveCount(0)
    await expect.poll(() => youtubeRequests(thirdPartyRequests)).toEqual([DEMO_VIDEO, DEMO_VIDEO])
    await withdraw(page)
    await group.getByRole('button', { name: 'Load this once' }).click()
    await expect(group).toHaveCount(0)
    await expect.poll(() => youtubeRequests(thirdPartyRequests)).toEqual([DEMO_VIDEO, DEMO_VIDEO, DEMO_VIDEO])
    await networkQuiet(page)
    expect(youtubeRequests(thirdPartyRequests)).toHaveLength(3)
    // Placeholder and video replaced each other's entry in turn: nothing of the frame is left to step back through.
    const before = thirdPartyRequests.length
    await page.goBack({ waitUntil: 'commit', timeout: 5000 }).catch(() => null)
    await expect(page).toHaveURL(/\/en\/pricing\.html$/)
    await networkQuiet(page)
    expect(thirdPartyRequests.slice(before)).toEqual([])
  })

  // The placeholder is the frame's srcdoc; taking that away to load the video would add the video to the
  // frame's session history, so it took two Backs to leave the page (the first stepped back to the placeholder).
  for (const way of ['Load this once', 'Always allow YouTube', 'Accept all'] as const) {
    test(`allowing the demo video while its placeholder shows ("${way}") adds no history entry: one Back leaves the page, and Forward requests nothing unasked`, async ({ page, thirdPartyRequests }) => {
      const iframe = page.locator('#video iframe')
      const group = placeholderIn(iframe)
      await page.goto('/en/pricing.html', { waitUntil: 'networkidle' })
      await page.goto('/en/', { waitUntil: 'networkidle' })
      await expect(group).toHaveAccessibleName('YouTube content blocked')
      const length = await page.evaluate(() => history.length)

      if (way == 'Accept all') await consentUI(page).bannerButton('acceptAll').click()
      else await group.getByRole('button', { name: way }).click()
      await expect(group).toHaveCount(0)
      await expect(iframe).toHaveAttribute('src', DEMO_VIDEO)
      await expect(iframe).not.toHaveAttribute('srcdoc')
      await expect.poll(() => youtubeRequests(thirdPartyRequests)).toEqual([DEMO_VIDEO])
      await networkQuiet(page)
      expect(youtubeRequests(thirdPartyRequests)).toEqual([DEMO_VIDEO])
      expect(await page.evaluate(() => history.length)).toBe(length)
      // From the placeholder, focus stays with what was loaded.
      if (way != 'Accept all') expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME')

      // Stepping back inside the frame would not load the page, so do not wait for that.
      await page.goBack({ waitUntil: 'commit', timeout: 5000 }).catch(() => null)
      await expect(page).toHaveURL(/\/en\/pricing\.html$/)
      await networkQuiet(page)
      expect(youtubeRequests(thirdPartyRequests)).toEqual([DEMO_VIDEO])

      // Forward is a new view of the page: loaded once, the video waits behind its placeholder again; allowed, it loads once.
      await page.goForward({ waitUntil: 'networkidle' })
      await expect(page).toHaveURL(/\/en\/$/)
      if (way == 'Load this once') await expect(group).toHaveAccessibleName('YouTube content blocked')
      else await expect.poll(() => youtubeRequests(thirdPartyRequests)).toEqual([DEMO_VIDEO, DEMO_VIDEO])
      await networkQuiet(page)
      expect(youtubeRequests(thirdPartyRequests)).toHaveLength(way == 'Load this once' ? 1 : 2)
    })
  }

  test('the demo shows a placeholder for its YouTube video until it is allowed', async ({ page, thirdPartyRequests }) => {
    await page.setViewportSize({ width: 1000, height: 900 })
    await page.goto('/', { waitUntil: 'networkidle' })
    const video = page.locator('#video')
    const group = placeholderIn(video.locator('iframe'))
    await expect(group).toHaveAccessibleName('Inhoud van YouTube geblokkeerd')
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

  test('an embed marked necessary loads before any decision and gets no placeholder, beside one that does', async ({ page, thirdPartyRequests }) => {
    // A necessary embed (a payment or booking frame, say) needs no consent: gating loads it at once. The other
    // embed brings the dialog chunk, whose placeholders must leave the necessary one alone.
    await page.route('**/test-pages/necessary-embed.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Necessary embed</title>
<script>window.consentryConfig = { revision: 1, services: [{ id: 'youtube', name: 'YouTube', category: 'social' }] }</script>
<script src="/dist/consentry.js"></script></head><body>
<iframe id="booking" width="400" height="300" title="Booking" data-src="${youtubeUrl('booking')}" data-category="necessary"></iframe>
<iframe id="video" width="400" height="300" title="Video" data-src="${DEMO_VIDEO}" data-category="social" data-service="youtube"></iframe>
</body></html>`,
      }),
    )
    await page.goto('/test-pages/necessary-embed.html')
    await expect(placeholderIn(page.locator('#video'))).toBeVisible()
    await networkQuiet(page)
    await expect(page.locator('#booking')).toHaveAttribute('src', youtubeUrl('booking'))
    // The video's placeholder only: none drawn over the booking frame (in place of its page).
    expect(await placeholderCount(page)).toBe(1)
    expect(youtubeRequests(thirdPartyRequests)).toEqual([youtubeUrl('booking')])
  })
})
