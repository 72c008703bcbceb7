import { render } from 'preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Markup } from '../../../src/ui/dialog/markup'
import { markup } from '../../../src/ui/dom'
import { safeHref } from '../../../src/ui/markup'
import { mount, settle } from './mount'
import { $, $$, reset } from './dom'
import { fakeHost } from './fake-host'

afterEach(reset)

/** The dialog renders texts with Preact, the banner with plain DOM: both must agree. */
const renderers = {
  Preact(text: string) {
    const container = document.createElement('p')
    render(<Markup text={text} />, container)
    return container
  },
  DOM(text: string) {
    const container = document.createElement('p')
    container.append(...markup(text))
    return container
  },
}

describe('text from config and translations', () => {
  it('is rendered as text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>'
    const { host } = fakeHost({
      view: 'preferences',
      config: { siteName: evil, translations: { en: { bannerTitle: evil } }, services: [{ id: 'x', name: evil, category: 'analytics' }] },
    })
    mount(host)
    await settle()
    expect($$('img')).toHaveLength(0)
    expect($('[role=dialog]')!.textContent).toContain(evil)
    host.api.showBanner()
    expect($('#cy-banner-title')!.textContent).toBe(evil)
    expect($$('img')).toHaveLength(0)
  })

  for (const [name, renderMarkup] of Object.entries(renderers)) {
    it(`turns [label](https://…) into a link (${name})`, async () => {
      const p = renderMarkup('Read [our policy](https://example.com/privacy) first.')
      expect(p.textContent).toBe('Read our policy first.')
      const link = p.querySelector('a')!
      expect(link.href).toBe('https://example.com/privacy')
      expect(link.textContent).toBe('our policy')
    })

    it(`allows several links, http and mailto (${name})`, async () => {
      const p = renderMarkup('[a](http://a.example/) and [b](mailto:dpo@b.example)')
      expect([...p.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['http://a.example/', 'mailto:dpo@b.example'])
    })

    it(`keeps any other scheme as plain text, and says so once per URL (${name})`, async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {})
      // Each renderer its own URLs: a URL is refused out loud once per page.
      for (const url of ['javascript:alert.call', 'JavaScript:alert.apply', 'data:text/html,x', 'vbscript:x'].map((u) => u + name)) {
        const p = renderMarkup(`Click [x](${url})`)
        expect(p.querySelector('a'), url).toBeNull()
        expect(p.textContent).toContain('x')
        renderMarkup(`Again [x](${url})`)
        expect(error).toHaveBeenLastCalledWith(`[consentry] refused the link "${url}": only http(s) and mailto links are shown; it stays plain text.`)
      }
      expect(error).toHaveBeenCalledTimes(4)
    })
  }

  it('does not link a privacy URL with a dangerous scheme', async () => {
    mount(fakeHost({ config: { privacyPolicyUrl: 'javascript:alert(1)' } }).host)
    expect($('[role=region] a')).toBeNull()
  })

  it('resolves a relative privacy URL against the page', async () => {
    expect(safeHref('/privacy')).toBe(new URL('/privacy', location.href).href)
  })

  it('safeHref accepts only http(s) and mailto', async () => {
    expect(safeHref('https://x.example/a b')).toBe('https://x.example/a%20b')
    expect(safeHref(' javascript:alert(1)')).toBeNull()
    expect(safeHref('http://[broken')).toBeNull()
    expect(safeHref('')).toBeNull()
    expect(safeHref(undefined)).toBeNull()
  })
})
