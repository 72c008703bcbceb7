import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { activateAllowed } from '../../../src/core/gating'
import type { ServiceConfig } from '../../../src/core/types'
import { watchInsertedTypes } from '../helpers'

// The page is https://www.example.com/shop/cart (vitest.config.ts). Consentry itself is served
// from a CDN that is also a configured service: its own files must never be held back.
const OWN = 'https://cdn.jsdelivr.net/npm/consentry@1/dist/'

const services: ServiceConfig[] = [
  { id: 'ga', name: 'Google Analytics', category: 'analytics', hosts: ['google-analytics.com', 'googletagmanager.com'] },
  { id: 'hotjar', name: 'Hotjar', category: 'analytics', hosts: ['hotjar.com'] },
  { id: 'linkedin', name: 'LinkedIn Insight', category: 'tracking', hosts: ['snap.licdn.com', 'px.ads.linkedin.com'] },
  { id: 'pixel', name: 'Facebook Pixel', category: 'advertising', hosts: ['connect.facebook.net', 'facebook.com'] },
  { id: 'youtube', name: 'YouTube', category: 'social', hosts: ['youtube-nocookie.com'] },
  { id: 'jsdelivr', name: 'jsDelivr', category: 'functional', hosts: ['cdn.jsdelivr.net'] },
  { id: 'payments', name: 'Payments', category: 'necessary', hosts: ['js.payments.example'] },
]
const categories = ['necessary', 'functional', 'analytics', 'tracking', 'social', 'advertising']

const allowed = new Set<string>()
// As the core's: `necessary` needs no consent.
const permitted = (category: string, service?: string) => category == 'necessary' || allowed.has(service ?? category)
const onEmbed = vi.fn()

const GA = 'https://www.googletagmanager.com/gtag/js?id=G-1'
const PIXEL = 'https://www.facebook.com/tr?id=1&ev=PageView'
const VIDEO = 'https://www.youtube-nocookie.com/embed/abc'

function isHeldScript(script: Element, service: string) {
  expect(script.getAttribute('type')).toBe('text/plain')
  expect(script.getAttribute('data-service')).toBe(service)
  expect(script.getAttribute('data-category')).toBe(services.find((s) => s.id == service)!.category)
}

function isHeldEmbed(element: Element, service: string, url: string) {
  expect(element.hasAttribute('src')).toBe(false)
  expect(element.getAttribute('data-src')).toBe(url)
  expect(element.getAttribute('data-service')).toBe(service)
  expect(element.getAttribute('data-category')).toBe(services.find((s) => s.id == service)!.category)
}

beforeAll(async () => {
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => ({ src: OWN + 'consentry.js' }) })
  const { autoBlock } = await import('../../../src/core/auto-block')
  // Its release of tags in shadow roots reads the config's categories, as gating does.
  const { $config } = await import('../../../src/core/state')
  $config.set({ categories } as never)
  autoBlock(services, permitted, onEmbed)
  delete (document as { currentScript?: unknown }).currentScript
})

beforeEach(() => {
  document.head.innerHTML = ''
  document.body.innerHTML = ''
  allowed.clear()
  onEmbed.mockClear()
})

describe('autoBlock: scripts', () => {
  it('holds back a script whose src is set before insertion, however it is inserted', () => {
    const inserts: ((script: HTMLScriptElement) => void)[] = [
      (s) => document.head.appendChild(s),
      (s) => document.body.insertBefore(s, document.body.firstChild),
      (s) => document.body.append(s),
      (s) => document.body.prepend(s),
      (s) => document.body.appendChild(document.createElement('i')).replaceWith(s),
      (s) => document.body.insertAdjacentElement('beforeend', s),
    ]
    for (const insert of inserts) {
      const script = document.createElement('script')
      script.async = true
      script.src = GA
      insert(script)
      isHeldScript(script, 'ga')
      expect(script.src).toBe(GA)
    }
  })

  it('holds back src given by setAttribute, in any case', () => {
    const script = document.createElement('script')
    script.setAttribute('SRC', 'https://static.hotjar.com/c/hotjar-1.js?sv=6')
    isHeldScript(script, 'hotjar')
  })

  it('keeps the type the code asked for in data-type, before or after the src', () => {
    const before = document.createElement('script')
    before.type = 'module'
    before.src = 'https://snap.licdn.com/li.lms-analytics/insight.min.js'
    isHeldScript(before, 'linkedin')
    expect(before.getAttribute('data-type')).toBe('module')

    const after = document.createElement('script')
    after.src = 'https://connect.facebook.net/en_US/fbevents.js'
    after.type = 'text/javascript'
    after.setAttribute('type', 'module')
    isHeldScript(after, 'pixel')
    expect(after.getAttribute('data-type')).toBe('module')
  })

  it('keeps a held script inert when code takes its type away, and takes away the type it asked for instead', () => {
    const removals: [string, (script: HTMLScriptElement) => void][] = [
      ['removeAttribute', (s) => s.removeAttribute('TYPE')],
      ['toggleAttribute', (s) => s.toggleAttribute('type')],
      ['toggleAttribute(false)', (s) => s.toggleAttribute('type', false)],
      ['removeNamedItem', (s) => s.attributes.removeNamedItem('type')],
      ['removeAttributeNS', (s) => s.removeAttributeNS(null, 'type')],
      ['removeNamedItemNS', (s) => s.attributes.removeNamedItemNS(null, 'type')],
      ['removeAttributeNode', (s) => s.removeAttributeNode(s.getAttributeNode('type')!)],
    ]
    for (const [how, remove] of removals) {
      const script = document.createElement('script')
      script.type = 'module'
      script.src = GA
      remove(script)
      document.head.append(script)
      isHeldScript(script, 'ga')
      expect(script.hasAttribute('data-type'), how).toBe(false)
    }
  })

  it('answers for the type code asked for, as if the script were not held back', () => {
    const script = document.createElement('script')
    script.src = GA
    // Asked for no type: there is none to take away, and toggling it gives the empty one.
    expect(() => script.attributes.removeNamedItem('type')).toThrow()
    expect(script.toggleAttribute('type')).toBe(true)
    expect(script.getAttribute('data-type')).toBe('')
    expect(script.toggleAttribute('type', true)).toBe(true)
    expect(script.toggleAttribute('type')).toBe(false)
    isHeldScript(script, 'ga')
    expect(script.hasAttribute('data-type')).toBe(false)
  })

  it('leaves taking attributes away as it is elsewhere', () => {
    const free = document.createElement('script')
    free.type = 'module'
    free.removeAttribute('type')
    expect(free.hasAttribute('type')).toBe(false)
    const held = document.createElement('script')
    held.src = GA
    held.setAttribute('async', '')
    held.attributes.removeNamedItem('async')
    expect(held.toggleAttribute('defer')).toBe(true)
    held.removeAttributeNode(held.getAttributeNode('defer')!)
    expect([held.hasAttribute('async'), held.hasAttribute('defer')]).toEqual([false, false])
    const other = document.createElement('script')
    other.type = 'module'
    expect(() => held.removeAttributeNode(other.getAttributeNode('type')!)).toThrow()
    isHeldScript(held, 'ga')
  })

  it('leaves allowed, necessary, unknown, relative and first-party scripts alone', () => {
    allowed.add('ga')
    for (const url of [GA, 'https://js.payments.example/v3', 'https://cdn.unknown.example/a.js', '/app.js', 'https://www.example.com/b.js']) {
      const script = document.createElement('script')
      script.src = url
      expect(script.hasAttribute('type'), url).toBe(false)
      expect(script.hasAttribute('data-category'), url).toBe(false)
    }
  })

  it("never holds back Consentry's own files, even from a host that belongs to a service", () => {
    const own = document.createElement('script')
    own.src = OWN + 'consentry-ui.en.js'
    expect(own.hasAttribute('type')).toBe(false)
    const other = document.createElement('script')
    other.src = 'https://cdn.jsdelivr.net/npm/bootstrap@5/dist/js/bootstrap.min.js'
    isHeldScript(other, 'jsdelivr')
  })

  it("leaves tags the site marked itself to gating, with the site's category", () => {
    const script = document.createElement('script')
    script.type = 'text/plain'
    script.setAttribute('data-category', 'tracking')
    script.src = GA
    expect(script.getAttribute('data-category')).toBe('tracking')
    expect(script.hasAttribute('data-service')).toBe(false)
    expect(script.hasAttribute('data-type')).toBe(false)
  })
})

describe('autoBlock: scripts the site marked but left runnable', () => {
  it('holds one with data-category and no text/plain type (as WP Rocket gives an unquoted held-back tag back) by its own category, and gating runs it on consent', async () => {
    const script = document.createElement('script')
    script.setAttribute('data-category', 'tracking')
    script.setAttribute('src', 'https://tracker.example/t.js')
    expect(script.getAttribute('type')).toBe('text/plain')
    expect(script.getAttribute('data-category')).toBe('tracking')
    expect(script.hasAttribute('data-service')).toBe(false)
    const module = document.createElement('script')
    module.type = 'module'
    module.setAttribute('data-category', 'tracking')
    module.src = GA
    expect([module.getAttribute('type'), module.getAttribute('data-type'), module.getAttribute('data-category')]).toEqual(['text/plain', 'module', 'tracking'])
    const insertedType = watchInsertedTypes()
    const scripts = () => [...document.head.querySelectorAll('script')].map((s) => [insertedType(s), s.getAttribute('src')])
    document.head.append(script, module)
    await activateAllowed(permitted, categories)
    expect(scripts()).toEqual([
      ['text/plain', 'https://tracker.example/t.js'],
      ['text/plain', GA],
    ])
    allowed.add('tracking')
    await activateAllowed(permitted, categories)
    expect(scripts()).toEqual([
      [null, 'https://tracker.example/t.js'],
      ['module', GA],
    ])
    // Necessary, or allowed by then: it passes untouched, as before.
    for (const category of ['necessary', 'tracking']) {
      const passing = document.createElement('script')
      passing.setAttribute('data-category', category)
      passing.src = 'https://tracker.example/t.js'
      expect(passing.hasAttribute('type')).toBe(false)
    }
  })
})

describe('autoBlock: iframes and pixels', () => {
  it('keeps the URL of an iframe in data-src and asks for the UI', () => {
    const iframe = document.createElement('iframe')
    iframe.src = VIDEO
    document.body.append(iframe)
    isHeldEmbed(iframe, 'youtube', VIDEO)
    expect(onEmbed).toHaveBeenCalledTimes(1)
  })

  it('parks a new Image() pixel in <head>, where gating finds it, until the page inserts it elsewhere', () => {
    const pixel = new Image()
    pixel.src = PIXEL
    isHeldEmbed(pixel, 'pixel', PIXEL)
    expect(pixel.parentNode).toBe(document.head)

    const shown = document.createElement('img')
    shown.setAttribute('src', PIXEL)
    document.body.append(shown)
    expect(shown.parentNode).toBe(document.body)
    isHeldEmbed(shown, 'pixel', PIXEL)
    expect(onEmbed).not.toHaveBeenCalled()
  })

  it('lets an element have the URL it holds: how gating and "Load this once" release it', () => {
    const iframe = document.createElement('iframe')
    iframe.src = VIDEO
    iframe.setAttribute('src', iframe.getAttribute('data-src')!)
    expect(iframe.getAttribute('src')).toBe(VIDEO)
  })

  it("holds back what a lazy loader gives the URL of its own data-src, on elements it did not hold (lazysizes' markup)", () => {
    document.body.innerHTML = `<iframe class="lazyload" data-src="${VIDEO}"></iframe><img class="lazyload" data-src="${PIXEL}">`
    const [iframe, image] = [document.querySelector('iframe')!, document.querySelector('img')!]
    iframe.src = iframe.dataset.src!
    image.setAttribute('src', image.dataset.src!)
    isHeldEmbed(iframe, 'youtube', VIDEO)
    isHeldEmbed(image, 'pixel', PIXEL)
    const script = document.createElement('script')
    script.dataset.src = GA
    script.src = script.dataset.src
    document.head.append(script)
    isHeldScript(script, 'ga')
  })
})

describe('autoBlock: HTML strings', () => {
  it('holds back iframes and images in innerHTML, outerHTML and insertAdjacentHTML', () => {
    document.body.innerHTML = `<div id="a"></div><p id="b"></p><i id="c"></i>`
    document.getElementById('a')!.innerHTML = `<iframe src="${VIDEO}" width="320" height="180" title="Video"></iframe>`
    document.getElementById('b')!.insertAdjacentHTML('afterend', `<img src="${PIXEL.replace('&', '&amp;')}" alt="">`)
    document.getElementById('c')!.outerHTML = `<span><script async src="${GA}"></script></span>`

    const iframe = document.querySelector('iframe')!
    isHeldEmbed(iframe, 'youtube', VIDEO)
    expect([iframe.width, iframe.height, iframe.title]).toEqual(['320', '180', 'Video'])
    isHeldEmbed(document.querySelector('img')!, 'pixel', PIXEL)
    // Scripts in HTML strings never run, with or without Consentry: left as they are.
    expect(document.querySelector('script')!.outerHTML).toBe(`<script async="" src="${GA}"></script>`)
  })

  it('hands HTML without vendor tags through untouched', () => {
    const html = '<p>Hello <b>world</b> &amp; <img src="/logo.png" alt="logo"></p>'
    document.body.innerHTML = html
    expect(document.body.innerHTML).toBe(html)
    expect(document.querySelector('img')!.getAttribute('src')).toBe('/logo.png')
  })
})

describe('autoBlock: other routes to a URL', () => {
  const HOTJAR = 'https://static.hotjar.com/c/hotjar-1.js?sv=6'
  const FONT = 'https://connect.facebook.net/fonts.css'

  it('holds back scripts, iframes and images in a Range fragment, whose scripts run once inserted', () => {
    const fragment = document.createRange().createContextualFragment(
      `<script async src="${HOTJAR}"></script><iframe src="${VIDEO}"></iframe><img src="${PIXEL.replace('&', '&amp;')}"><script src="/app.js"></script>`,
    )
    const [hotjar, iframe, img, app] = fragment.children
    isHeldScript(hotjar, 'hotjar')
    expect(hotjar.getAttribute('src')).toBe(HOTJAR)
    isHeldEmbed(iframe, 'youtube', VIDEO)
    isHeldEmbed(img, 'pixel', PIXEL)
    expect(app.hasAttribute('type')).toBe(false)
  })

  it('holds back iframes and images put in a shadow root by innerHTML or setHTMLUnsafe', () => {
    const root = document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'closed' })
    root.innerHTML = `<iframe src="${VIDEO}"></iframe>`
    isHeldEmbed(root.querySelector('iframe')!, 'youtube', VIDEO)
    root.setHTMLUnsafe(`<p><img src="${PIXEL.replace('&', '&amp;')}"></p>`)
    isHeldEmbed(root.querySelector('img')!, 'pixel', PIXEL)
  })

  it.runIf('setHTMLUnsafe' in Element.prototype)('holds back iframes and images in Element.setHTMLUnsafe', () => {
    document.body.setHTMLUnsafe(`<iframe src="${VIDEO}"></iframe>`)
    isHeldEmbed(document.querySelector('iframe')!, 'youtube', VIDEO)
  })

  it('holds back images in a template, which load once cloned into the page, and leaves its scripts, which never run', () => {
    // (happy-dom gives <template> an innerHTML of its own; the browser suite sets a template's innerHTML.)
    document.body.insertAdjacentHTML('beforeend', `<template><script src="${GA}"></script><img src="${PIXEL.replace('&', '&amp;')}"></template>`)
    const [script, img] = document.importNode(document.querySelector('template')!.content, true).children
    expect(script.hasAttribute('type')).toBe(false)
    isHeldEmbed(img, 'pixel', PIXEL)
  })

  it('holds back a src given as an attribute node, or through one already on the element', () => {
    const script = document.createElement('script')
    const src = document.createAttribute('src')
    src.value = HOTJAR
    script.setAttributeNode(src)
    isHeldScript(script, 'hotjar')
    expect(script.getAttribute('src')).toBe(HOTJAR)

    const img = document.createElement('img')
    img.setAttributeNode(document.createAttribute('src'))
    img.getAttributeNode('src')!.value = PIXEL
    isHeldEmbed(img, 'pixel', PIXEL)
  })

  it("keeps a link's href in data-href, by property, attribute or HTML, and leaves links it does not know", () => {
    const property = document.createElement('link')
    property.rel = 'stylesheet'
    property.href = FONT
    document.head.append(property)
    document.head.insertAdjacentHTML('beforeend', `<link rel="preconnect" href="https://connect.facebook.net">`)
    const [, html] = document.head.querySelectorAll('link')
    for (const link of [property, html]) {
      expect(link.hasAttribute('href')).toBe(false)
      expect(link.getAttribute('data-service')).toBe('pixel')
    }
    expect(property.getAttribute('data-href')).toBe(FONT)
    const own = document.createElement('link')
    own.setAttribute('href', '/styles.css')
    expect(own.getAttribute('href')).toBe('/styles.css')
    // Only images load without being inserted: a link is not parked anywhere.
    expect(own.parentNode).toBeNull()
  })
})

describe('autoBlock with gating', () => {
  let insertedType: ReturnType<typeof watchInsertedTypes>
  // For each test: setup.ts stops every observer at the end of one.
  beforeEach(() => (insertedType = watchInsertedTypes()))

  it('activates what it held back once consent arrives, once, and tells the code that inserted it', async () => {
    const script = document.createElement('script')
    const loaded = vi.fn()
    script.onload = loaded
    script.src = GA
    document.head.appendChild(script)
    const iframe = document.createElement('iframe')
    iframe.src = VIDEO
    document.body.append(iframe)
    new Image().src = PIXEL

    await activateAllowed(permitted, categories)
    expect(document.querySelectorAll('script[type="text/plain"]')).toHaveLength(1)
    expect(iframe.hasAttribute('src')).toBe(false)

    allowed.add('ga').add('youtube').add('pixel')
    await activateAllowed(permitted, categories)
    await activateAllowed(permitted, categories)
    const scripts = document.querySelectorAll('script')
    expect(scripts).toHaveLength(1)
    expect(insertedType(scripts[0])).toBeNull()
    expect(scripts[0].src).toBe(GA)
    expect(loaded).toHaveBeenCalledTimes(1)
    expect(iframe.getAttribute('src')).toBe(VIDEO)
    expect(document.head.querySelector('img')!.getAttribute('src')).toBe(PIXEL)
  })

  it('lets through on consent what it held back in shadow roots, which gating does not look into', async () => {
    const root = document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'open' })
    root.innerHTML = `<iframe src="${VIDEO}"></iframe>`
    const inner = root.appendChild(document.createElement('div')).attachShadow({ mode: 'open' })
    const script = document.createElement('script')
    script.src = GA
    inner.append(script)
    allowed.add('youtube').add('ga')
    await activateAllowed(permitted, categories)
    expect(root.querySelector('iframe')!.hasAttribute('src')).toBe(false)

    dispatchEvent(new CustomEvent('consentry:consent'))
    expect(root.querySelector('iframe')!.getAttribute('src')).toBe(VIDEO)
    const [ran] = inner.querySelectorAll('script')
    expect([ran.getAttribute('type'), ran.src]).toEqual([null, GA])
  })

  it('lets through in shadow roots only what gating would: no unknown category, no run-when-refused ("!")', async () => {
    const root = document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'open' })
    root.innerHTML = `
      <script type="text/plain" data-category="analytics" data-service="!ga">window.cleanUp = 1</script>
      <script type="text/plain" data-category="!analytics">window.cleanUp = 2</script>
      <script type="text/plain" data-category="marketing" data-service="ga">window.marketing = 1</script>
      <script type="text/plain" data-category="analytics" data-service="ga">window.analytics = 1</script>`
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    allowed.add('ga').add('analytics')
    dispatchEvent(new CustomEvent('consentry:consent'))
    const ran = window as { cleanUp?: number; marketing?: number; analytics?: number }
    await vi.waitFor(() => expect(ran.analytics).toBe(1))
    expect([ran.cleanUp, ran.marketing]).toEqual([undefined, undefined])
    await vi.waitFor(() => expect(error).toHaveBeenCalledTimes(3))
    error.mockRestore()
  })

  it('runs a script whose type code took away as the classic script it asked to be, once allowed', async () => {
    const script = document.createElement('script')
    script.type = 'module'
    script.src = GA
    script.removeAttribute('type')
    document.head.append(script)
    await activateAllowed(permitted, categories)
    expect(insertedType(document.head.querySelector('script')!)).toBe('text/plain')
    allowed.add('ga')
    await activateAllowed(permitted, categories)
    const [ran] = document.head.querySelectorAll('script')
    expect([insertedType(ran), ran.src]).toEqual([null, GA])
  })

  it('restores the type asked for, and lets tags the site held back run on their own terms, whatever their attribute order', async () => {
    const module = document.createElement('script')
    module.src = 'https://snap.licdn.com/li.lms-analytics/insight.min.js'
    module.type = 'module'
    document.head.append(module)
    // The site files Google's tag under a category of its own; the Google Analytics service stays refused.
    document.head.insertAdjacentHTML('beforeend', `<script src="${GA}" type="text/plain" data-category="functional"></script>`)
    allowed.add('functional').add('linkedin')
    await activateAllowed(permitted, categories)
    const scripts = [...document.head.querySelectorAll('script')]
    expect(scripts.map((s) => [insertedType(s), s.getAttribute('src')])).toEqual([
      ['module', 'https://snap.licdn.com/li.lms-analytics/insight.min.js'],
      [null, GA],
    ])
  })
})
