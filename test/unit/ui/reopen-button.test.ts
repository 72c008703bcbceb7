import { afterEach, describe, expect, it, vi } from 'vitest'
import { BUILT_IN_LANGUAGES } from '../../../src/core/language'
import { createReopenButton } from '../../../src/ui/reopen-button'
import { startButton } from '../../../src/ui/start-button'
import { $, $$, button, reset } from './dom'
import { fakeHost, record } from './fake-host'
import { mount, settle } from './mount'

afterEach(reset)

/** Starts the button as both builds do, its code at hand; it is built once that has "arrived". */
const start = (host: Parameters<typeof startButton>[0], load = vi.fn(() => Promise.resolve(createReopenButton))) => {
  startButton(host, load)
  return load
}
const arrived = () => new Promise((resolve) => setTimeout(resolve))

const reopen = () => $<HTMLButtonElement>('.cy-reopen')!
/** Shown means the stylesheet's `.cy-reopen.cy-on` applies (the `hidden` attribute only matters without it). */
const shown = () => !!$('.cy-reopen')?.classList.contains('cy-on')

describe('reopen button', () => {
  it('is not fetched or built on a first visit until there is a decision: no code, no element, no stylesheet while the banner is up', async () => {
    document.adoptedStyleSheets = []
    const { host } = fakeHost({ view: 'banner' })
    const load = start(host)
    await arrived()
    expect(load).not.toHaveBeenCalled()
    expect($('.cy-reopen')).toBeNull()
    expect(document.adoptedStyleSheets).toHaveLength(0)
    host.api.rejectAll()
    await arrived()
    expect(load).toHaveBeenCalledOnce()
    expect(shown()).toBe(true)
    expect(document.adoptedStyleSheets).toHaveLength(1)
    expect($$('.cy-reopen')).toHaveLength(1)
  })

  it('shows only while a decision exists and the banner is not up', async () => {
    const { host, $view, $consent } = fakeHost({ view: 'banner' })
    start(host)
    expect(shown()).toBe(false)
    host.api.acceptAll()
    await arrived()
    expect(shown()).toBe(true)
    $view.set('banner')
    expect(shown()).toBe(false)
    $view.set('none')
    $consent.set(null)
    expect(shown()).toBe(false)
  })

  it('opens the preferences in one click, and gets focus back when they close', async () => {
    const { host, api } = fakeHost({ view: 'none', consent: record({}) })
    createReopenButton(host)
    mount(host)
    reopen().focus()
    reopen().click()
    expect(api.showPreferences).toHaveBeenCalledOnce()
    await settle()
    expect(shown()).toBe(true) // under the backdrop, still holding its place in the focus order
    expect($('[role=dialog]')!.contains(document.activeElement)).toBe(true)
    button('Close').click()
    await Promise.resolve()
    expect(document.activeElement).toBe(reopen())
  })

  it('is a labelled button, in the visitor’s language or the site’s words', () => {
    createReopenButton(fakeHost({ view: 'none', consent: record({}) }).host)
    expect(reopen().type).toBe('button')
    expect(reopen().getAttribute('aria-label')).toBe('Cookie preferences')
    expect(reopen().querySelector('svg')!.getAttribute('aria-hidden')).toBe('true')
    reset()
    createReopenButton(fakeHost({ consent: record({}), language: 'nl' }).host)
    expect(reopen().getAttribute('aria-label')).toBe('Cookievoorkeuren')
    reset()
    createReopenButton(fakeHost({ consent: record({}), language: 'de-AT' }).host)
    expect(reopen().getAttribute('aria-label')).toBe('Cookie-Einstellungen')
    reset()
    createReopenButton(fakeHost({ consent: record({}), language: 'fr' }).host)
    expect(reopen().getAttribute('aria-label')).toBe('Préférences cookies')
    reset()
    createReopenButton(fakeHost({ consent: record({}), language: 'nl', config: { translations: { nl: { reopenButton: 'Privacy' } } } }).host)
    expect(reopen().getAttribute('aria-label')).toBe('Privacy')
  })

  it('says which language its name is in, which may not be the page\'s', () => {
    document.documentElement.lang = 'en'
    const langOf = (options: Parameters<typeof fakeHost>[0]) => {
      createReopenButton(fakeHost({ consent: record({}), ...options }).host)
      const lang = reopen().lang
      reset()
      return lang
    }
    expect(langOf({ language: 'de-AT' })).toBe('de')
    // A language the site adds: its own name for the button, else the English one, marked so.
    expect(langOf({ language: 'it', config: { translations: { it: { acceptAll: 'Accetta tutto' } } } })).toBe('en')
    expect(langOf({ language: 'it', config: { translations: { it: { reopenButton: 'Preferenze cookie' } } } })).toBe('it')
    // The site's key in any case: the core resolves a lower-cased tag.
    expect(langOf({ language: 'es-mx', config: { translations: { 'es-MX': { reopenButton: 'Preferencias de cookies' } } } })).toBe('es-mx')
    expect(langOf({ language: 'es', config: { translations: { ES: { reopenButton: 'Preferencias de cookies' } } } })).toBe('es')
    // Translations are not checked: a language given as null has no words of its own.
    expect(langOf({ language: 'it', config: { translations: { it: null as never } } })).toBe('en')
  })

  it('takes the focus a decision left on the body when it took the banner away, and only then', async () => {
    const { host } = fakeHost({ view: 'banner' })
    start(host)
    mount(host)
    await settle()
    button('Accept all').focus()
    button('Accept all').click()
    await vi.waitFor(() => expect(document.activeElement).toBe(reopen()))
    reset()
    // A decision read on arrival (a returning visit) leaves focus where the page has it.
    const returning = fakeHost({ view: 'none', consent: record({}) }).host
    mount(returning)
    start(returning)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(document.activeElement).toBe(document.body)
    reset()
    // A decision made elsewhere (page code, with focus on the site's own control) leaves it there.
    const link = document.body.appendChild(Object.assign(document.createElement('a'), { href: '#' }))
    const { host: other } = fakeHost({ view: 'banner' })
    start(other)
    mount(other)
    await settle()
    link.focus()
    other.api.rejectAll()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(document.activeElement).toBe(link)
  })

  it('has a name of its own in every built-in language, not English by fallback', () => {
    const names = BUILT_IN_LANGUAGES.map((language) => {
      createReopenButton(fakeHost({ consent: record({}), language }).host)
      const name = reopen().getAttribute('aria-label')
      reset()
      return name
    })
    expect(new Set(names).size).toBe(BUILT_IN_LANGUAGES.length)
  })

  it('stays hidden until the stylesheet shows it, so it never flashes unstyled', () => {
    createReopenButton(fakeHost({ view: 'none', consent: record({}) }).host)
    expect(reopen().hidden).toBe(true)
    expect(reopen().hasAttribute('style')).toBe(false)
  })

  it('styles itself with a constructed stylesheet: a returning visitor fetches no stylesheet', () => {
    document.adoptedStyleSheets = []
    createReopenButton(fakeHost({ consent: record({}), config: { ui: { stylesheet: '/dist/consentry.css' } } }).host)
    expect($$('link')).toHaveLength(0)
    const rules = document.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText)).join('\n')
    expect(rules).toContain('.cy-reopen.cy-on')
    expect(rules).toContain('position: fixed')
  })

  it('leaves the styling to the site when the config says stylesheet: false', () => {
    document.adoptedStyleSheets = []
    createReopenButton(fakeHost({ consent: record({}), config: { ui: { stylesheet: false } } }).host)
    expect(document.adoptedStyleSheets).toHaveLength(0)
    expect($$('link')).toHaveLength(0)
  })

  it('brings the same rules in a <style> element in browsers without constructed stylesheets', () => {
    // An older browser: CSSStyleSheet exists, but cannot be built from text.
    vi.stubGlobal('CSSStyleSheet', function CSSStyleSheet() {})
    try {
      createReopenButton(fakeHost({ consent: record({}), config: { ui: { stylesheet: '/dist/consentry.css' } } }).host)
      expect($$('link')).toHaveLength(0)
      const styles = $$<HTMLStyleElement>('head style').map((element) => element.textContent).join('\n')
      expect(styles).toContain('.cy-reopen.cy-on{')
      expect(styles).toContain('position:fixed')
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('sits bottom-left by default, where the config says otherwise', () => {
    createReopenButton(fakeHost({ consent: record({}) }).host)
    expect(reopen().classList.contains('cy-bottom-left')).toBe(true)
    reset()
    createReopenButton(fakeHost({ consent: record({}), config: { ui: { reopenButton: { position: 'bottom-right' }, theme: 'dark' } } }).host)
    expect(reopen().className).toBe('cy-reopen cy-dark cy-bottom-right')
  })

  it('is not fetched or created when the config turns it off', async () => {
    const load = start(fakeHost({ view: 'none', consent: record({}), config: { ui: { reopenButton: false } } }).host)
    await arrived()
    expect(load).not.toHaveBeenCalled()
    expect($$('button')).toHaveLength(0)
  })

  it('comes at once on a returning visit, and says so on the console when its code fails to load', async () => {
    const load = start(fakeHost({ view: 'none', consent: record({}) }).host)
    expect(load).toHaveBeenCalledOnce()
    await arrived()
    expect(shown()).toBe(true)
    reset()
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      start(fakeHost({ view: 'none', consent: record({}) }).host, vi.fn(() => Promise.reject(new Error('offline'))))
      await vi.waitFor(() => expect(error).toHaveBeenCalled())
      expect(String(error.mock.calls[0][0])).toContain('offline')
      expect($('.cy-reopen')).toBeNull()
    } finally {
      error.mockRestore()
    }
  })
})
