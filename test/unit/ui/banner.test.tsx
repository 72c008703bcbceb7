import { afterEach, describe, expect, it, vi } from 'vitest'
import { onAdded } from '../../../src/core/added'
import { NEEDS_DIALOG } from '../../../src/core/selectors'
import { createMount } from '../../../src/ui/mount'
import { bannerTables } from '../../../src/ui/i18n/banner-tables'
import { ensureStylesheet } from '../../../src/ui/page'
import { dialogLoads, mount, settle } from './mount'
import { $, $$, button, press, reset } from './dom'
import { fakeHost } from './fake-host'

afterEach(reset)

describe('banner', () => {
  it('is a labelled region naming the site, the purposes and the privacy statement', async () => {
    mount(fakeHost().host)
    const banner = $('[role=region]')!
    expect(banner.getAttribute('aria-labelledby')).toBe('cy-banner-title')
    expect($('#cy-banner-title')!.textContent).toBe('Cookies on Factuurly')
    expect(banner.textContent).toContain('Factuurly uses cookies')
    expect(banner.textContent).toContain('cookies for functionality, analytics, tracking, social media and advertising')
    expect($<HTMLAnchorElement>('[role=region] a')!.href).toBe('https://factuurly.example/privacy')
  })

  it("shows where the page has no matchMedia (jsdom, in an app's own unit tests)", async () => {
    // Not there at all, as in jsdom: not even undefined.
    const matchMedia = window.matchMedia
    delete (window as Partial<Window>).matchMedia
    delete (globalThis as unknown as Partial<Window>).matchMedia
    try {
      mount(fakeHost().host)
      expect(button('Accept all')).toBeTruthy()
    } finally {
      window.matchMedia = globalThis.matchMedia = matchMedia
    }
  })

  it('has no privacy link when none is configured', async () => {
    mount(fakeHost({ config: { privacyPolicyUrl: undefined } }).host)
    expect($('[role=region] a')).toBeNull()
  })

  it('offers Accept all and Reject all as the same element with the same class', async () => {
    mount(fakeHost().host)
    const accept = button('Accept all')
    const reject = button('Reject all')
    expect(accept.tagName).toBe(reject.tagName)
    expect(accept.className).toBe(reject.className)
    expect(accept.type).toBe('button')
  })

  it('Accept all, Reject all and Preferences call the api (naming the banner as where), and the banner goes', async () => {
    const accepting = fakeHost()
    mount(accepting.host)
    button('Accept all').click()
    expect(accepting.api.acceptAll).toHaveBeenCalledExactlyOnceWith('banner')
    expect($('[role=region]')).toBeNull()
    reset()

    const rejecting = fakeHost()
    mount(rejecting.host)
    button('Reject all').click()
    expect(rejecting.api.rejectAll).toHaveBeenCalledExactlyOnceWith('banner')
    expect(rejecting.api.acceptAll).not.toHaveBeenCalled()
    reset()

    const choosing = fakeHost()
    mount(choosing.host)
    button('Preferences').click()
    expect(choosing.api.showPreferences).toHaveBeenCalledOnce()
    await settle()
    expect($('[role=dialog]')).not.toBeNull()
    expect($('[role=region]')).toBeNull()
  })

  it('× and Escape close it without deciding', async () => {
    const { host, api } = fakeHost()
    mount(host)
    button('Close').click()
    expect(api.hide).toHaveBeenCalledOnce()
    expect($('[role=region]')).toBeNull()

    host.api.showBanner()
    button('Accept all').focus()
    press('Escape')
    expect(api.hide).toHaveBeenCalledTimes(2)
    expect([api.acceptAll, api.rejectAll, api.save].every((spy) => spy.mock.calls.length == 0)).toBe(true)
  })

  it('Escape closes it with focus on the page behind, which it may hide; no more once it is gone', async () => {
    const { host, api } = fakeHost()
    mount(host)
    const link = document.body.appendChild(Object.assign(document.createElement('a'), { href: '#pricing' }))
    link.focus()
    press('Escape')
    expect(api.hide).toHaveBeenCalledOnce()
    expect(document.activeElement).toBe(link)
    press('Escape')
    expect(api.hide).toHaveBeenCalledOnce()
  })

  it('listens for Escape once however often it is shown again, and Escape closes the one shown now', async () => {
    const listen = vi.spyOn(window, 'addEventListener')
    const { host, api } = fakeHost()
    mount(host)
    for (let i = 0; i < 3; i++) {
      api.hide()
      api.showBanner()
    }
    expect(listen.mock.calls.filter(([type]) => type == 'keydown').length).toBeLessThanOrEqual(1)
    expect($$('[role=region]')).toHaveLength(1)
    press('Escape')
    expect(api.hide).toHaveBeenCalledTimes(4)
    expect($$('[role=region]')).toHaveLength(0)
    listen.mockRestore()
  })

  it('leaves every other key to the browser (Tab moves on)', async () => {
    mount(fakeHost().host)
    button('Accept all').focus()
    expect(press('Tab')).toBe(false)
    expect(press('Enter')).toBe(false)
  })

  it('follows $view: nothing for none, the banner again for banner', async () => {
    const { host } = fakeHost({ view: 'none' })
    mount(host)
    expect($('.cy-root')!.children).toHaveLength(0)
    host.api.showBanner()
    expect($$('[role=region]')).toHaveLength(1)
  })

  it('shows the GPC notice, naming what it keeps off, only when the browser sent the signal', async () => {
    mount(fakeHost({ gpc: true, config: { gpcCategories: ['tracking', 'advertising'] } }).host)
    expect($('[role=region]')!.textContent).toContain('Your browser sends Global Privacy Control, so tracking and advertising stay off, also with Accept all.')
    reset()
    mount(fakeHost({ gpc: false }).host)
    expect($('[role=region]')!.textContent).not.toContain('Global Privacy Control')
  })

  it('takes layout and position classes from the config, box bottom-right by default', async () => {
    mount(fakeHost().host)
    expect($('[role=region]')!.className).toBe('cy-banner cy-box cy-bottom-right')
    reset()
    mount(fakeHost({ config: { ui: { layout: 'bar', position: 'top' } } }).host)
    expect($('[role=region]')!.className).toBe('cy-banner cy-bar cy-top')
  })
})

describe('root', () => {
  it('is the first element of the body, themed from the config (auto by default)', async () => {
    document.body.innerHTML = '<main>page</main>'
    mount(fakeHost().host)
    expect(document.body.firstElementChild!.className).toBe('cy-root cy-auto')
    reset()
    mount(fakeHost({ config: { ui: { theme: 'dark' } } }).host)
    expect($('.cy-root')!.classList.contains('cy-dark')).toBe(true)
  })

  it('links the stylesheet once, and never as an inline style', async () => {
    const url = 'https://cdn.example/consentry.css'
    mount(fakeHost({ config: { ui: { stylesheet: url } } }).host)
    mount(fakeHost({ config: { ui: { stylesheet: url } } }).host)
    expect($$<HTMLLinkElement>('link[rel=stylesheet]').map((link) => link.href)).toEqual([url])
    expect($$('style, [style]')).toHaveLength(0)
  })

  it('links the stylesheet even when the page preloads it: a preload applies no styles', async () => {
    const url = 'https://cdn.example/consentry.css'
    document.head.innerHTML = `<link rel="preload" as="style" href="${url}">`
    mount(fakeHost({ config: { ui: { stylesheet: url } } }).host)
    expect($$<HTMLLinkElement>('link[rel=stylesheet]').map((link) => link.href)).toEqual([url])
  })

  it('adds no stylesheet when the site brings its own', async () => {
    mount(fakeHost({ config: { ui: { stylesheet: false } } }).host)
    expect($$('link')).toHaveLength(0)
  })
})

describe('the decision engine', () => {
  it('is asked for when the pointer or focus enters the banner, before any button is pressed', () => {
    const { host } = fakeHost()
    mount(host)
    expect(host.prepareDecision).not.toHaveBeenCalled()
    $('[role=region]')!.dispatchEvent(new Event('pointerenter'))
    expect(host.prepareDecision).toHaveBeenCalledTimes(1)
    button('Reject all').focus()
    expect(host.prepareDecision).toHaveBeenCalledTimes(2)
  })

  it('is asked for as soon as the dialog chunk is in, whatever it was fetched for', async () => {
    const { host } = fakeHost()
    mount(host)
    button('Preferences').dispatchEvent(new Event('pointerenter'))
    await settle()
    expect(host.prepareDecision).toHaveBeenCalledTimes(1)
  })
})

describe('the dialog chunk', () => {
  it('is not fetched for a banner alone', async () => {
    const before = dialogLoads.count
    mount(fakeHost().host)
    await settle()
    expect(dialogLoads.count).toBe(before)
  })

  it('is fetched once the visitor points at or focuses Preferences, and only once', async () => {
    const before = dialogLoads.count
    mount(fakeHost().host)
    button('Preferences').dispatchEvent(new Event('pointerenter'))
    expect(dialogLoads.count).toBe(before + 1)
    button('Preferences').focus()
    button('Preferences').click()
    await settle()
    expect(dialogLoads.count).toBe(before + 1)
    expect($('[role=dialog]')).not.toBeNull()
  })

  it('keeps the banner up while it loads, then the dialog takes its place with focus', async () => {
    const { host } = fakeHost()
    mount(host)
    button('Preferences').focus()
    button('Preferences').click()
    expect($('[role=region]')).not.toBeNull()
    expect($('[role=dialog]')).toBeNull()
    await settle()
    expect($('[role=region]')).toBeNull()
    expect(document.activeElement).toBe($('[role=dialog]'))
  })

  it('shows no dialog when the visitor decided on the banner while it loaded', async () => {
    const { host, api } = fakeHost()
    mount(host)
    button('Preferences').click()
    button('Accept all').click()
    await settle()
    expect(api.acceptAll).toHaveBeenCalledOnce()
    expect($('[role=dialog]')).toBeNull()
    expect($('[role=region]')).toBeNull()
  })

  it('is fetched for a declaration or an embed on the page, also one added later', async () => {
    let before = dialogLoads.count
    document.body.innerHTML = '<div data-consentry="declaration"></div>'
    mount(fakeHost({ view: 'none' }).host)
    expect(dialogLoads.count).toBe(before + 1)
    reset()

    // A fresh body: the observers of earlier tests watch the old one.
    document.documentElement.replaceChild(document.createElement('body'), document.body)
    before = dialogLoads.count
    mount(fakeHost({ view: 'none' }).host)
    await settle()
    expect(dialogLoads.count).toBe(before)
    document.body.insertAdjacentHTML('beforeend', '<iframe data-src="https://video.example/1" data-category="social"></iframe>')
    await settle()
    expect(dialogLoads.count).toBe(before + 1)
  })

  it("is fetched for an iframe autoBlock holds back in place, and the page's other changes cost no look at the whole page", async () => {
    document.documentElement.replaceChild(document.createElement('body'), document.body)
    document.body.innerHTML = '<ul></ul><iframe title="Map"></iframe>'
    const before = dialogLoads.count
    mount(fakeHost({ view: 'none' }).host)
    await settle()
    const [list, iframe] = [$('ul')!, $('iframe')!]
    const scan = vi.spyOn(document, 'querySelector')
    for (let i = 0; i < 20; i++) list.insertAdjacentHTML('beforeend', `<li>${i}</li>`)
    await settle()
    expect(scan).not.toHaveBeenCalled()
    expect(dialogLoads.count).toBe(before)
    // autoBlock holds back an iframe already in the page by giving it data-category, then data-src.
    iframe.setAttribute('data-category', 'social')
    iframe.setAttribute('data-src', 'https://maps.example/embed')
    await settle()
    expect(dialogLoads.count).toBe(before + 1)
  })

  it('opens the preferences only once the services are in (their catalogue may come after the banner)', async () => {
    const { host, api } = fakeHost()
    let arrive = () => {}
    host.servicesReady = () => new Promise<void>((resolve) => (arrive = resolve))
    mount(host)
    api.showPreferences()
    await settle()
    expect($('[role=dialog]')).toBeNull()
    expect($('[role=region]')).not.toBeNull()
    arrive()
    await settle()
    expect($('[role=dialog]')).not.toBeNull()
  })

  it('says so when it cannot load, keeps the banner, and tries again on the next opening', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const load = vi.fn(() => Promise.reject(new Error('offline')))
    const { host, api } = fakeHost()
    createMount({ loadDialog: load, linkStylesheet: ensureStylesheet, onAdded, needsDialog: NEEDS_DIALOG, strings: bannerTables })(host)
    button('Preferences').click()
    await settle()
    expect(error).toHaveBeenCalledWith('[consentry] could not load the preferences (offline).')
    expect($('[role=region]')).not.toBeNull()
    api.showBanner()
    api.showPreferences()
    await settle()
    expect(load).toHaveBeenCalledTimes(2)
  })
})
