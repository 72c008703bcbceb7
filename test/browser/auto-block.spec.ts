import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { consoleErrors, cookieNames, stubsRan } from './browser-state'
import { consentUI } from './consent-ui'
import { saveChoice } from './consentry-api'
import { networkQuiet } from './network'
import { placeholderCount } from './placeholders'

// test/browser/pages/auto-block.html: autoBlock on, and vendor snippets exactly as the vendors give them.
const PAGE = '/test-pages/auto-block.html'

/** What the page's own snippets request: GTM and Hotjar while parsing, the Meta Pixel at the end of <body>, LinkedIn on load. */
const SNIPPETS = {
  analytics: ['https://www.googletagmanager.com/gtm.js?id=GTM-EARLY', 'https://static.hotjar.com/c/hotjar-789.js?sv=6'],
  tracking: ['https://snap.licdn.com/li.lms-analytics/insight.min.js'],
  advertising: ['https://connect.facebook.net/en_US/fbevents.js'],
}

/** Tags the test adds after load, every way code adds them, each with its own URL. */
const LATER = {
  analytics: [
    'https://www.googletagmanager.com/gtag/js?id=G-APPEND', // appendChild
    'https://static.hotjar.com/c/hotjar-101.js?sv=6', // insertBefore
    'https://www.googletagmanager.com/gtag/js?id=G-REPLACEWITH', // replaceWith
    'https://static.hotjar.com/c/hotjar-102.js?sv=6', // insertAdjacentElement
  ],
  tracking: [
    'https://snap.licdn.com/li.lms-analytics/insight.min.js?via=append', // append
    'https://snap.licdn.com/li.lms-analytics/insight.min.js?via=setAttribute', // setAttribute('src'), then type = 'module'
    'https://px.ads.linkedin.com/collect?via=insertAdjacentHTML', // an image in insertAdjacentHTML
  ],
  social: [
    'https://www.youtube-nocookie.com/embed/inner', // an iframe in innerHTML
    'https://www.youtube.com/embed/property', // iframe.src
  ],
  advertising: [
    'https://connect.facebook.net/en_US/fbevents.js?via=prepend', // prepend
    'https://connect.facebook.net/en_US/fbevents.js?via=src-after-insertion', // src set on an inserted script
    'https://www.facebook.com/tr?id=000&ev=inner', // an image in innerHTML
    'https://www.facebook.com/tr?id=000&ev=outer', // outerHTML
    'https://www.facebook.com/tr?id=000&ev=image', // new Image().src, never inserted
  ],
}
type Category = keyof typeof LATER

const requestsOf = (categories: Category[], later = true) =>
  categories.flatMap((c) => [...(SNIPPETS[c as keyof typeof SNIPPETS] ?? []), ...(later ? LATER[c] : [])]).sort()
const EVERYTHING: Category[] = ['analytics', 'tracking', 'social', 'advertising']

/** The control for a way of adding tags: without autoBlock, what `add` adds really requests `urls`. */
async function loadsWithoutAutoBlock(page: Page, thirdPartyRequests: string[], add: (page: Page) => Promise<void>, urls: string[]) {
  await page.goto(PAGE + '?autoBlock=off', { waitUntil: 'networkidle' })
  // Only what `add` adds: the page's own snippets have been requested by now.
  thirdPartyRequests.length = 0
  await add(page)
  await expect.poll(() => [...thirdPartyRequests].sort()).toEqual([...urls].sort())
}

/** Adds the LATER tags the ways code does; returns when all are in the page. */
function addTagsLater(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __onload: string[] }
    w.__onload = []
    const script = (src: string) => {
      const s = document.createElement('script')
      s.async = true
      s.src = src
      s.onload = () => w.__onload.push(src)
      return s
    }
    const slot = document.getElementById('slot')!
    document.head.appendChild(script('https://www.googletagmanager.com/gtag/js?id=G-APPEND'))
    slot.insertBefore(script('https://static.hotjar.com/c/hotjar-101.js?sv=6'), null)
    document.body.append(script('https://snap.licdn.com/li.lms-analytics/insight.min.js?via=append'))
    slot.prepend(script('https://connect.facebook.net/en_US/fbevents.js?via=prepend'))
    slot.appendChild(document.createElement('i')).replaceWith(script('https://www.googletagmanager.com/gtag/js?id=G-REPLACEWITH'))
    slot.insertAdjacentElement('afterend', script('https://static.hotjar.com/c/hotjar-102.js?sv=6'))

    const module = document.createElement('script')
    module.setAttribute('src', 'https://snap.licdn.com/li.lms-analytics/insight.min.js?via=setAttribute')
    module.type = 'module'
    document.head.append(module)

    const late = document.createElement('script')
    document.head.append(late)
    late.src = 'https://connect.facebook.net/en_US/fbevents.js?via=src-after-insertion'

    const html = document.createElement('div')
    slot.append(html)
    html.innerHTML =
      '<iframe src="https://www.youtube-nocookie.com/embed/inner" title="Video" width="320" height="180"></iframe>' +
      '<img src="https://www.facebook.com/tr?id=000&amp;ev=inner" alt="" width="1" height="1">' +
      // Never runs, with or without Consentry: browsers do not run scripts from innerHTML.
      '<script async src="https://www.googletagmanager.com/gtag/js?id=G-INNER"></script>'
    slot.insertAdjacentHTML('beforeend', '<img src="https://px.ads.linkedin.com/collect?via=insertAdjacentHTML" alt="">')
    slot.appendChild(document.createElement('span')).outerHTML = '<img src="https://www.facebook.com/tr?id=000&amp;ev=outer" alt="">'
    new Image().src = 'https://www.facebook.com/tr?id=000&ev=image'

    const iframe = document.createElement('iframe')
    iframe.src = 'https://www.youtube.com/embed/property'
    iframe.title = 'Another video'
    slot.append(iframe)
  })
}

const onloadFired = (page: Page) => page.evaluate(() => (window as unknown as { __onload: string[] }).__onload.sort())

test('the control: without autoBlock, the page and the test really add every tag', async ({ page, thirdPartyRequests }) => {
  await page.goto(PAGE + '?autoBlock=off', { waitUntil: 'networkidle' })
  await addTagsLater(page)
  await expect.poll(() => [...thirdPartyRequests].sort()).toEqual(requestsOf(EVERYTHING))
})

test('tags added by code make no request before consent, and exactly one each after', async ({ page, context, thirdPartyRequests }) => {
  await page.goto(PAGE, { waitUntil: 'networkidle' })
  await addTagsLater(page)
  await networkQuiet(page)
  expect(thirdPartyRequests).toEqual([])
  expect(await stubsRan(page)).toEqual([])
  expect(await cookieNames(context)).toEqual([])
  // The embeds code added are held back like the site's own: each gets a placeholder.
  await expect.poll(() => placeholderCount(page)).toBe(2)

  await consentUI(page).bannerButton('acceptAll').click()
  await expect.poll(() => [...thirdPartyRequests].sort()).toEqual(requestsOf(EVERYTHING))
  await expect.poll(async () => (await stubsRan(page)).sort()).toEqual(
    // (gtm.js has no stub: it is requested, and runs nothing.)
    ['fbevents', 'fbevents', 'fbevents', 'gtag', 'gtag', 'hotjar', 'hotjar', 'hotjar', 'linkedin-insight', 'linkedin-insight', 'linkedin-insight'],
  )
  // Code waiting for its script's load event hears it.
  await expect.poll(() => onloadFired(page)).toEqual(
    [...LATER.analytics.slice(0, 4), LATER.tracking[0], LATER.advertising[0]].sort(),
  )
  await expect.poll(() => placeholderCount(page)).toBe(0)

  // Once allowed, tags added later load at once, and nothing loads twice.
  await page.evaluate(() => {
    const s = document.createElement('script')
    s.src = 'https://www.googletagmanager.com/gtag/js?id=G-AFTER'
    document.head.append(s)
  })
  const everything = [...requestsOf(EVERYTHING), 'https://www.googletagmanager.com/gtag/js?id=G-AFTER'].sort()
  await expect.poll(() => [...thirdPartyRequests].sort()).toEqual(everything)
  await networkQuiet(page)
  expect([...thirdPartyRequests].sort()).toEqual(everything)
})

test('only what the visitor allowed loads, on this page and the next', async ({ page, thirdPartyRequests }) => {
  await page.goto(PAGE, { waitUntil: 'networkidle' })
  await consentUI(page).bannerButton('rejectAll').click()
  await addTagsLater(page)
  await networkQuiet(page)
  expect(thirdPartyRequests).toEqual([])

  await saveChoice(page, { categories: ['analytics', 'social'] })
  await expect.poll(() => [...thirdPartyRequests].sort()).toEqual(requestsOf(['analytics', 'social']))
  await networkQuiet(page)
  expect([...thirdPartyRequests].sort()).toEqual(requestsOf(['analytics', 'social']))

  // The next page: allowed tags load as added, the others stay held back.
  thirdPartyRequests.length = 0
  await page.reload({ waitUntil: 'networkidle' })
  await addTagsLater(page)
  await expect.poll(() => [...thirdPartyRequests].sort()).toEqual(requestsOf(['analytics', 'social']))
  await networkQuiet(page)
  expect([...thirdPartyRequests].sort()).toEqual(requestsOf(['analytics', 'social']))
  // The Meta Pixel snippet's script and the two added later.
  expect(await page.locator('script[type="text/plain"][data-service="facebook-pixel"]').count()).toBe(3)
})

/** Tags added by the less common routes: HTML parsed into fragments and shadow roots, attribute nodes, links. */
const OTHER_ROUTES = [
  'https://www.youtube-nocookie.com/embed/shadow', // an iframe in a shadow root's innerHTML
  'https://www.facebook.com/tr?id=000&ev=shadow', // an image there too
  'https://www.facebook.com/tr?id=000&ev=shadow-setHTMLUnsafe', // ShadowRoot.setHTMLUnsafe
  'https://px.ads.linkedin.com/collect?via=setHTMLUnsafe', // Element.setHTMLUnsafe
  'https://static.hotjar.com/c/hotjar-103.js?sv=6', // a script in Range.createContextualFragment, which runs once inserted
  'https://www.facebook.com/tr?id=000&ev=fragment', // an image in that fragment
  'https://connect.facebook.net/en_US/fbevents.js?via=setAttributeNode', // setAttributeNode
  'https://www.googletagmanager.com/gtag/js?id=G-ATTR', // the value of a src attribute node already on the script
  'https://www.facebook.com/tr?id=000&ev=template', // an image in a template's innerHTML, cloned into the page
  'https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css', // <link rel=stylesheet>.href
].sort()

function addTagsOtherRoutes(page: Page) {
  return page.evaluate(() => {
    const slot = document.getElementById('slot')!
    const shadow = slot.appendChild(document.createElement('div')).attachShadow({ mode: 'open' })
    shadow.innerHTML =
      '<iframe src="https://www.youtube-nocookie.com/embed/shadow" title="Video"></iframe>' +
      '<img src="https://www.facebook.com/tr?id=000&amp;ev=shadow" alt="">'
    const other = slot.appendChild(document.createElement('div')).attachShadow({ mode: 'open' })
    other.setHTMLUnsafe('<img src="https://www.facebook.com/tr?id=000&amp;ev=shadow-setHTMLUnsafe" alt="">')
    slot.appendChild(document.createElement('div')).setHTMLUnsafe('<img src="https://px.ads.linkedin.com/collect?via=setHTMLUnsafe" alt="">')

    slot.append(
      document
        .createRange()
        .createContextualFragment(
          '<script async src="https://static.hotjar.com/c/hotjar-103.js?sv=6"></script>' +
            '<img src="https://www.facebook.com/tr?id=000&amp;ev=fragment" alt="">',
        ),
    )

    const node = document.createElement('script')
    const src = document.createAttribute('src')
    src.value = 'https://connect.facebook.net/en_US/fbevents.js?via=setAttributeNode'
    node.setAttributeNode(src)
    document.head.append(node)
    const attr = document.createElement('script')
    attr.setAttributeNode(document.createAttribute('src'))
    attr.getAttributeNode('src')!.value = 'https://www.googletagmanager.com/gtag/js?id=G-ATTR'
    document.head.append(attr)

    const template = document.createElement('template')
    template.innerHTML = '<img src="https://www.facebook.com/tr?id=000&amp;ev=template" alt="">'
    slot.append(template.content.cloneNode(true))

    const link = document.createElement('link')
    link.rel = 'stylesheet'
    link.href = 'https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css'
    document.head.append(link)
  })
}

test('the control: without autoBlock, the less common routes really load their tags', async ({ page, thirdPartyRequests }) => {
  await loadsWithoutAutoBlock(page, thirdPartyRequests, addTagsOtherRoutes, OTHER_ROUTES)
})

test('tags added by the less common routes make no request before consent, and run after', async ({ page, thirdPartyRequests }) => {
  await page.goto(PAGE, { waitUntil: 'networkidle' })
  await addTagsOtherRoutes(page)
  await networkQuiet(page)
  expect(thirdPartyRequests).toEqual([])
  expect(await stubsRan(page)).toEqual([])

  await consentUI(page).bannerButton('acceptAll').click()
  await expect.poll(() => [...thirdPartyRequests].sort()).toEqual([...requestsOf(EVERYTHING, false), ...OTHER_ROUTES].sort())
  await expect.poll(async () => (await stubsRan(page)).sort()).toEqual(
    ['fbevents', 'fbevents', 'gtag', 'hotjar', 'hotjar', 'linkedin-insight'],
  )
})

test('hosts that merely look like a service are not held back', async ({ page, thirdPartyRequests }) => {
  await page.goto(PAGE, { waitUntil: 'networkidle' })
  const lookalikes = [
    'https://www.google-analytics.com.evil.example/analytics.js',
    'https://evilgoogletagmanager.com/gtag/js',
    'https://cdn.example.net/?u=https://connect.facebook.net/en_US/fbevents.js',
  ]
  await page.evaluate((urls) => {
    for (const url of urls) {
      const s = document.createElement('script')
      s.src = url
      document.head.append(s)
    }
  }, lookalikes)
  await expect.poll(() => [...thirdPartyRequests].sort()).toEqual([...lookalikes].sort())
})

/** A tag written with a relative URL, under a <base href> that the page (or a CMS) points at a tracker's host. */
async function addTagUnderBase(page: Page) {
  await page.evaluate(() => {
    const base = document.createElement('base')
    base.href = 'https://connect.facebook.net/'
    document.head.prepend(base)
    const script = document.createElement('script')
    script.src = 'en_US/fbevents.js?via=base-href'
    document.head.append(script)
  })
}

test('the control: without autoBlock, a relative URL under a <base href> on another host really loads from there', async ({ page, thirdPartyRequests }) => {
  await loadsWithoutAutoBlock(page, thirdPartyRequests, addTagUnderBase, ['https://connect.facebook.net/en_US/fbevents.js?via=base-href'])
})

test('a relative URL under a <base href> on another host is held back as that host, until consent', async ({ page, thirdPartyRequests }) => {
  await page.goto(PAGE, { waitUntil: 'networkidle' })
  await addTagUnderBase(page)
  await networkQuiet(page)
  expect(thirdPartyRequests).toEqual([])

  await saveChoice(page, { categories: ['advertising'] })
  await expect.poll(() => thirdPartyRequests).toContain('https://connect.facebook.net/en_US/fbevents.js?via=base-href')
})

/** Scripts whose type code takes away before inserting them, each a way of taking it: the type goes, the src stays. */
const TYPE_TAKEN_AWAY = {
  removeAttribute: 'https://www.googletagmanager.com/gtag/js?id=G-REMOVEATTRIBUTE',
  toggleAttribute: 'https://www.googletagmanager.com/gtag/js?id=G-TOGGLEATTRIBUTE',
  removeNamedItem: 'https://www.googletagmanager.com/gtag/js?id=G-REMOVENAMEDITEM',
  removeAttributeNode: 'https://www.googletagmanager.com/gtag/js?id=G-REMOVEATTRIBUTENODE',
  removeAttributeNS: 'https://www.googletagmanager.com/gtag/js?id=G-REMOVEATTRIBUTENS',
  removeNamedItemNS: 'https://www.googletagmanager.com/gtag/js?id=G-REMOVENAMEDITEMNS',
}

function addScriptsWithoutType(page: Page) {
  return page.evaluate((urls) => {
    const remove: Record<string, (s: HTMLScriptElement) => unknown> = {
      removeAttribute: (s) => s.removeAttribute('type'),
      toggleAttribute: (s) => s.toggleAttribute('type'),
      removeNamedItem: (s) => s.attributes.removeNamedItem('type'),
      removeAttributeNode: (s) => s.removeAttributeNode(s.getAttributeNode('type')!),
      removeAttributeNS: (s) => s.removeAttributeNS(null, 'type'),
      removeNamedItemNS: (s) => s.attributes.removeNamedItemNS(null, 'type'),
    }
    for (const [how, url] of Object.entries(urls)) {
      const s = document.createElement('script')
      s.type = 'text/javascript'
      s.src = url
      remove[how](s)
      document.head.append(s)
    }
  }, TYPE_TAKEN_AWAY)
}

test('the control: without autoBlock, scripts whose type code takes away really load', async ({ page, thirdPartyRequests }) => {
  await loadsWithoutAutoBlock(page, thirdPartyRequests, addScriptsWithoutType, Object.values(TYPE_TAKEN_AWAY))
})

test('a script whose type code takes away before inserting it makes no request before consent, and runs after', async ({ page, thirdPartyRequests }) => {
  await page.goto(PAGE, { waitUntil: 'networkidle' })
  await addScriptsWithoutType(page)
  await networkQuiet(page)
  expect(thirdPartyRequests).toEqual([])
  expect(await stubsRan(page)).toEqual([])

  await consentUI(page).bannerButton('acceptAll').click()
  await expect.poll(() => [...thirdPartyRequests].sort()).toEqual([...requestsOf(EVERYTHING, false), ...Object.values(TYPE_TAKEN_AWAY)].sort())
  await expect.poll(async () => (await stubsRan(page)).filter((stub) => stub == 'gtag')).toHaveLength(6)
})

test('a service whose hosts is a lone string: the console names the field, and its host is still held back until consent', async ({ page, thirdPartyRequests }) => {
  const errors = consoleErrors(page)
  const thrown: string[] = []
  page.on('pageerror', (error) => thrown.push(error.message))
  await page.goto('/test-pages/service-lists.html?hosts=string', { waitUntil: 'networkidle' })
  await expect(consentUI(page).banner).toBeVisible()
  await networkQuiet(page)
  expect(thirdPartyRequests).toEqual([])
  await expect.poll(() => errors).toEqual([
    '[consentry] config.services[0].hosts: expected an array of hosts such as ["googletagmanager.com"] (a lone host is read as one), got "googletagmanager.com".',
  ])
  expect(thrown).toEqual([])

  await consentUI(page).bannerButton('acceptAll').click()
  await expect.poll(() => thirdPartyRequests).toEqual(['https://www.googletagmanager.com/gtm.js?id=GTM-LISTS'])
  expect(thrown).toEqual([])
})
