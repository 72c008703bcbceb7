import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '../../../src/ui/index'
import { $, $$, button, press, reset } from './dom'
import { fakeHost } from './fake-host'

afterEach(reset)

describe('banner', () => {
  it('is a labelled region naming the site, the purposes and the privacy statement', () => {
    mount(fakeHost().host)
    const banner = $('[role=region]')!
    expect(banner.getAttribute('aria-labelledby')).toBe('cy-banner-title')
    expect($('#cy-banner-title')!.textContent).toBe('Cookies on Factuurly')
    expect(banner.textContent).toContain('Factuurly uses cookies')
    expect(banner.textContent).toContain('cookies for functional, analytics, tracking, social media and advertising')
    expect($<HTMLAnchorElement>('[role=region] a')!.href).toBe('https://factuurly.example/privacy')
  })

  it('has no privacy link when none is configured', () => {
    mount(fakeHost({ config: { privacyPolicyUrl: undefined } }).host)
    expect($('[role=region] a')).toBeNull()
  })

  it('offers Accept all and Reject all as the same element with the same class', () => {
    mount(fakeHost().host)
    const accept = button('Accept all')
    const reject = button('Reject all')
    expect(accept.tagName).toBe(reject.tagName)
    expect(accept.className).toBe(reject.className)
    expect(accept.type).toBe('button')
  })

  it('Accept all, Reject all and Preferences call the api, and the banner goes', () => {
    const accepting = fakeHost()
    mount(accepting.host)
    button('Accept all').click()
    expect(accepting.api.acceptAll).toHaveBeenCalledOnce()
    expect($('[role=region]')).toBeNull()
    reset()

    const rejecting = fakeHost()
    mount(rejecting.host)
    button('Reject all').click()
    expect(rejecting.api.rejectAll).toHaveBeenCalledOnce()
    expect(rejecting.api.acceptAll).not.toHaveBeenCalled()
    reset()

    const choosing = fakeHost()
    mount(choosing.host)
    button('Preferences').click()
    expect(choosing.api.showPreferences).toHaveBeenCalledOnce()
    expect($('[role=dialog]')).not.toBeNull()
  })

  it('× and Escape close it without deciding', () => {
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

  it('follows $view: nothing for none, the banner again for banner', () => {
    const { host } = fakeHost({ view: 'none' })
    mount(host)
    expect($('.cy-root')!.children).toHaveLength(0)
    host.api.showBanner()
    expect($$('[role=region]')).toHaveLength(1)
  })

  it('shows the GPC notice only when the browser sent the signal', () => {
    mount(fakeHost({ gpc: true }).host)
    expect($('[role=region]')!.textContent).toContain("Global Privacy Control signal was honoured")
    reset()
    mount(fakeHost({ gpc: false }).host)
    expect($('[role=region]')!.textContent).not.toContain('Global Privacy Control')
  })

  it('takes layout and position classes from the config, box bottom-right by default', () => {
    mount(fakeHost().host)
    expect($('[role=region]')!.className).toBe('cy-banner cy-box cy-bottom-right')
    reset()
    mount(fakeHost({ config: { ui: { layout: 'bar', position: 'top' } } }).host)
    expect($('[role=region]')!.className).toBe('cy-banner cy-bar cy-top')
  })
})

describe('root', () => {
  it('is the first element of the body, themed from the config (auto by default)', () => {
    document.body.innerHTML = '<main>page</main>'
    mount(fakeHost().host)
    expect(document.body.firstElementChild!.className).toBe('cy-root cy-auto')
    reset()
    mount(fakeHost({ config: { ui: { theme: 'dark' } } }).host)
    expect($('.cy-root')!.classList.contains('cy-dark')).toBe(true)
  })

  it('links the stylesheet once, and never as an inline style', () => {
    const url = 'https://cdn.example/consentry.css'
    mount(fakeHost({ config: { ui: { stylesheet: url } } }).host)
    mount(fakeHost({ config: { ui: { stylesheet: url } } }).host)
    expect($$<HTMLLinkElement>('link[rel=stylesheet]').map((link) => link.href)).toEqual([url])
    expect($$('style, [style]')).toHaveLength(0)
  })

  it('adds no stylesheet when the site brings its own', () => {
    mount(fakeHost({ config: { ui: { stylesheet: false } } }).host)
    expect($$('link')).toHaveLength(0)
  })
})
