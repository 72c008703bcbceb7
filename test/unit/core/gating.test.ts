import { beforeEach, describe, expect, it, vi } from 'vitest'
import { activateAllowed } from '../../../src/core/gating'
import { words } from '../../../src/core/log'
import { explainProblems } from '../../../src/core/messages'
import { watchInsertedTypes } from '../helpers'

declare global {
  interface Window {
    ran: string[]
  }
}

const categories = ['necessary', 'analytics', 'advertising']
const allowAnalytics = (category: string) => category === 'analytics'
let insertedType: ReturnType<typeof watchInsertedTypes>

beforeEach(() => {
  // For each test: setup.ts stops every observer at the end of one.
  insertedType = watchInsertedTypes()
  document.head.innerHTML = ''
  document.body.innerHTML = ''
  window.ran = []
})

describe('tag gating', () => {
  it('runs allowed inline scripts in document order and leaves the others inert', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="analytics">window.ran.push('a1')</script>
      <script type="text/plain" data-category="advertising">window.ran.push('ad')</script>
      <script type="text/plain" data-category="analytics">window.ran.push('a2')</script>`
    const advertising = document.querySelector('[data-category="advertising"]')
    await activateAllowed(allowAnalytics, categories)
    expect(window.ran).toEqual(['a1', 'a2'])
    const scripts = [...document.querySelectorAll('script')]
    expect(scripts.map(insertedType)).toEqual([null, 'text/plain', null])
    expect(scripts[1]).toBe(advertising)
  })

  it('gives a script it ran its held-back form back: a copy of the page runs it again only while allowed', async () => {
    document.body.innerHTML = `<script type="text/plain" data-category="analytics" data-type="module" id="tag">window.ran.push('ran')</script>`
    await activateAllowed(allowAnalytics, categories)
    const live = document.getElementById('tag') as HTMLScriptElement
    expect(insertedType(live)).toBe('module')
    expect([live.type, live.getAttribute('data-type')]).toEqual(['text/plain', 'module'])

    // What Turbo and htmx put back on Back: a new script element with the saved one's attributes and text.
    const putBack = () => {
      const copy = document.createElement('script')
      for (const { name, value } of Array.from(live.attributes)) copy.setAttribute(name, value)
      copy.text = live.text
      document.body.replaceChildren(copy)
      return copy
    }
    expect(insertedType(putBack())).toBe('text/plain')
    await activateAllowed(() => false, categories)
    expect(document.querySelector('script')?.type).toBe('text/plain')
    putBack()
    await activateAllowed(allowAnalytics, categories)
    expect(insertedType(document.querySelector('script')!)).toBe('module')
  })

  it('leaves the task that gave consent before running the first tag, and the next task before each other', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="analytics">window.ran.push('a1')</script>
      <script type="text/plain" data-category="analytics">window.ran.push('a2')</script>`
    const done = activateAllowed(allowAnalytics, categories)
    for (let i = 0; i < 20; i++) await Promise.resolve()
    expect(window.ran).toEqual([])
    await new Promise((resolve) => setTimeout(resolve))
    expect(window.ran).toEqual(['a1'])
    await done
    expect(window.ran).toEqual(['a1', 'a2'])
  })

  it('runs each tag once, however often consent is applied', async () => {
    document.body.innerHTML = `<script type="text/plain" data-category="analytics">window.ran.push('once')</script>`
    await activateAllowed(allowAnalytics, categories)
    await activateAllowed(allowAnalytics, categories)
    await Promise.all([activateAllowed(allowAnalytics, categories), activateAllowed(allowAnalytics, categories)])
    expect(window.ran).toEqual(['once'])
  })

  it('checks the service too when the tag names one', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="analytics" data-service="hotjar">window.ran.push('hotjar')</script>
      <script type="text/plain" data-category="analytics" data-service="ga">window.ran.push('ga')</script>`
    await activateAllowed((category, service) => category === 'analytics' && service === 'ga', categories)
    expect(window.ran).toEqual(['ga'])
  })

  it('keeps what the author wrote on an external script and restores data-type', async () => {
    document.body.innerHTML = `<script type="text/plain" data-category="analytics" data-type="module" src="https://cdn.example/a.js"
      async integrity="sha384-abc" crossorigin="anonymous" referrerpolicy="no-referrer" nonce="n0nce" id="tag"></script>`
    await activateAllowed(allowAnalytics, categories)
    const script = document.getElementById('tag') as HTMLScriptElement
    expect(insertedType(script)).toBe('module')
    expect(script.src).toBe('https://cdn.example/a.js')
    expect(script.async).toBe(true)
    expect(script.getAttribute('integrity')).toBe('sha384-abc')
    expect(script.getAttribute('crossorigin')).toBe('anonymous')
    expect(script.getAttribute('referrerpolicy')).toBe('no-referrer')
    // happy-dom has no nonce property; Chromium's hidden nonce is covered by the browser suite.
    expect(script.nonce || script.getAttribute('nonce')).toBe('n0nce')
    // Kept for a copy of the page, which is held back again (the test above).
    expect(script.getAttribute('data-type')).toBe('module')
  })

  // That the inline code waits for the real download is checked in Chromium (test/browser).
  it('inserts a classic external script without async as an ordered script, before the inline code after it', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="analytics" src="https://cdn.example/lib.js" id="lib"></script>
      <script type="text/plain" data-category="analytics">window.ran.push('after lib')</script>`
    document.addEventListener('load', (event) => (event.target as Element).id === 'lib' && window.ran.push('lib loaded'), true)
    await activateAllowed(allowAnalytics, categories)
    expect((document.getElementById('lib') as HTMLScriptElement).async).toBe(false)
    expect(window.ran).toEqual(['lib loaded', 'after lib'])
  })

  it('activates iframes, images and stylesheets from their data attributes', async () => {
    document.body.innerHTML = `
      <iframe data-src="https://www.youtube-nocookie.com/embed/x" data-category="analytics"></iframe>
      <img data-src="https://px.example/p.gif" data-srcset="https://px.example/p2.gif 2x" data-category="analytics">
      <link rel="stylesheet" data-href="https://cdn.example/site.css" data-category="analytics">
      <iframe data-src="https://ads.example/frame" data-category="advertising"></iframe>`
    await activateAllowed(allowAnalytics, categories)
    const [video, ad] = Array.from(document.querySelectorAll('iframe'))
    expect(video.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/x')
    expect(ad.hasAttribute('src')).toBe(false)
    expect(document.querySelector('img')?.getAttribute('src')).toBe('https://px.example/p.gif')
    expect(document.querySelector('img')?.getAttribute('srcset')).toBe('https://px.example/p2.gif 2x')
    expect(document.querySelector('link')?.getAttribute('href')).toBe('https://cdn.example/site.css')
  })

  it('never makes a javascript: (or data:) URL an iframe or image src, however it is spelled: markup a visitor planted must not run as the page', async () => {
    const hostile = ['javascript:parent.ran.push(1)', ' JaVaScRiPt:x', 'java\tscript:x', 'java\nscript:x', '\u0001javascript:x', 'data:text/html,<script>x</script>']
    document.body.innerHTML =
      hostile.map(() => `<iframe data-category="necessary"></iframe><img data-category="analytics">`).join('') +
      `<iframe data-src="/embed/map" data-category="necessary"></iframe><img data-src="//px.example/p.gif" data-category="analytics">`
    const elements = [...document.querySelectorAll('iframe, img')]
    // Set as attributes: the HTML parser would turn some of these characters into others.
    hostile.forEach((url, index) => elements.slice(index * 2, index * 2 + 2).forEach((element) => element.setAttribute('data-src', url)))
    await activateAllowed((category) => category != 'advertising', categories)
    expect(elements.slice(0, -2).filter((element) => element.hasAttribute('src'))).toEqual([])
    // Relative and protocol-relative addresses are the page's own or https: they load.
    expect(elements.slice(-2).map((element) => element.getAttribute('src'))).toEqual(['/embed/map', '//px.example/p.gif'])
  })

  it('reports a tag with an unknown category once, naming it, and keeps it blocked', async () => {
    words.explain = explainProblems
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    document.body.innerHTML = `<script type="text/plain" data-category="statistics" src="https://x.example/s.js"></script>`
    await activateAllowed(() => true, categories)
    await activateAllowed(() => true, categories)
    expect(error).toHaveBeenCalledTimes(1)
    expect(error.mock.calls[0][0]).toBe(
      '[consentry] <script data-category="statistics"> (https://x.example/s.js) names a category the config does not have; expected one of necessary, analytics, advertising. It stays blocked.',
    )
    expect(document.querySelector('script')?.type).toBe('text/plain')
  })
})
