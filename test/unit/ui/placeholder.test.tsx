import { afterEach, describe, expect, it, type Mock } from 'vitest'
import type { ResolvedConfig, ServiceConfig } from '../../../src/core/types'
import { createTranslator } from '../../../src/ui/i18n/translate'
import { startPlaceholders } from '../../../src/ui/dialog/placeholder'
import { en } from '../../../src/ui/i18n/en'
import { nl } from '../../../src/ui/i18n/nl'
import { $, $$, button } from './dom'
import { fakeHost, record, services } from './fake-host'

const VIDEO = 'https://www.youtube-nocookie.com/embed/abc'
const youtube = { ...services[5], privacyPolicyUrl: 'https://policies.google.com/privacy' }
const config: Partial<ResolvedConfig> = { services: services.map((s) => (s.id == 'youtube' ? youtube : s)) }

// Each test gets a fresh <body>, so observers of earlier tests watch nothing.
afterEach(() => {
  document.documentElement.replaceChild(document.createElement('body'), document.body)
  document.documentElement.lang = ''
})

/** A page with `html`, and placeholders started for a host whose save and isAllowed work as the engine's do. */
function page(html: string, options: Parameters<typeof fakeHost>[0] = {}) {
  document.body.innerHTML = html
  const fake = fakeHost({ view: 'none', config, ...options })
  const { categories, services } = fake.host.config
  // A category counts as allowed when chosen, or when one of its services is (for that service only).
  fake.api.save.mockImplementation((choice) => {
    const chosen = (service: ServiceConfig) => choice.services?.[service.id] ?? choice.categories.includes(service.category)
    const allowed = Object.fromEntries(
      categories.map((id) => [id, choice.categories.includes(id) || services.some((s) => s.category == id && chosen(s))]),
    )
    fake.$consent.set(record(allowed, Object.fromEntries(services.map((s) => [s.id, chosen(s)]))))
  })
  const isAllowed = fake.api.isAllowed as Mock<(what: string) => boolean>
  isAllowed.mockImplementation((what) => {
    const consent = fake.$consent.get()
    const [category, service] = what.split('.')
    return !!consent && consent.categories[category] === true && (!service || consent.services[service] !== false)
  })
  startPlaceholders(fake.host, createTranslator(fake.host, { en, nl }))
  return fake
}

const heldVideo = (attributes = '') =>
  `<p>Intro</p><iframe data-src="${VIDEO}" data-category="social" data-service="youtube" width="560" height="315" title="Product video"${attributes}></iframe><p>Outro</p>`
const placeholder = () => $('.cy-embed > .cy-ph')
const iframe = () => $<HTMLIFrameElement>('iframe')!

describe('embed placeholders', () => {
  it('stand in for a held-back embed: a labelled group naming the service, why, its policy and two actions', () => {
    page(heldVideo())
    const group = placeholder()!
    expect(group.getAttribute('role')).toBe('group')
    expect($('#' + group.getAttribute('aria-labelledby'))!.textContent).toBe('YouTube content held back')
    expect(group.textContent).toContain('You have not allowed YouTube (Social media).')
    const policy = group.querySelector('a')!
    expect(policy.textContent).toBe('Privacy policy of YouTube')
    expect(policy.href).toBe('https://policies.google.com/privacy')
    expect($$<HTMLButtonElement>('.cy-ph button').map((b) => [b.textContent, b.type])).toEqual([
      ['Load this once', 'button'],
      ['Always allow YouTube', 'button'],
    ])
    expect(group.classList.contains('cy-root')).toBe(true)
  })

  it('keep the iframe in its place, untouched, next to the placeholder inside one wrapper', () => {
    page(heldVideo(' class="video"'))
    const wrapper = $('.cy-embed')!
    expect([...document.body.children].map((e) => e.tagName)).toEqual(['P', 'CY-EMBED', 'P'])
    expect(wrapper.firstElementChild).toBe(iframe())
    expect(iframe().hasAttribute('src')).toBe(false)
    expect([iframe().className, iframe().width, iframe().height]).toEqual(['video', '560', '315'])
    // Sizes come from classes, never from inline styles (a strict CSP forbids them).
    expect($$('[style]')).toHaveLength(0)
  })

  it('speak Dutch to a Dutch visitor', () => {
    page(heldVideo(), { language: 'nl' })
    expect(placeholder()!.textContent).toContain('Inhoud van YouTube tegengehouden')
    expect($$('.cy-ph button').map((b) => b.textContent)).toEqual(['Eenmalig laden', 'YouTube altijd toestaan'])
  })

  it('are not shown for an allowed embed, nor a link to an unsafe privacy policy', () => {
    page(heldVideo(), { consent: record({ social: true }, { youtube: true }) })
    expect(placeholder()).toBeNull()
    document.body.innerHTML = ''
    page(heldVideo(), { config: { services: services.map((s) => (s.id == 'youtube' ? { ...s, privacyPolicyUrl: 'javascript:alert(1)' } : s)) } })
    expect(placeholder()!.querySelector('a')).toBeNull()
  })

  it('"Load this once" loads just this embed, in place, without recording consent', () => {
    const { api } = page(heldVideo() + heldVideo())
    button('Load this once').click()
    const [first, second] = $$<HTMLIFrameElement>('iframe')
    expect(first.getAttribute('src')).toBe(VIDEO)
    expect(first.parentElement).toBe(document.body)
    expect(document.activeElement).toBe(first)
    expect(second.hasAttribute('src')).toBe(false)
    expect($$('.cy-ph')).toHaveLength(1)
    expect(api.save).not.toHaveBeenCalled()
  })

  it('"Always allow" saves the choices so far plus this service, and every placeholder of it goes', () => {
    const { api } = page(heldVideo() + heldVideo(), {
      consent: record({ analytics: true, social: false }, { 'google-analytics': true, hotjar: false, youtube: false }),
    })
    button('Always allow YouTube').click()
    expect(api.save).toHaveBeenCalledWith({
      categories: ['necessary', 'analytics'],
      services: { 'google-analytics': true, hotjar: false, youtube: true },
    })
    expect($$('.cy-ph')).toHaveLength(0)
    expect($$('.cy-embed')).toHaveLength(0)
    // Gating sets the src (the engine's job, not the UI's): the iframes wait unwrapped, in place.
    expect($$('iframe').every((f) => f.parentElement == document.body && !f.hasAttribute('src'))).toBe(true)
  })

  it('"Always allow" on a first visit is a decision for that service alone', () => {
    const { api } = page(heldVideo())
    button('Always allow YouTube').click()
    expect(api.save).toHaveBeenCalledWith({ categories: [], services: { youtube: true } })
  })

  it('an embed without a service is named and allowed by its category', () => {
    const { api } = page(`<iframe data-src="${VIDEO}" data-category="social" title="Video"></iframe>`)
    expect(placeholder()!.textContent).toContain('Social media content held back')
    button('Always allow Social media').click()
    expect(api.save).toHaveBeenCalledWith({ categories: ['social'], services: {} })
  })

  it('come back when consent is withdrawn: the loaded frame is replaced by an empty copy', () => {
    const { api } = page(heldVideo(` src="${VIDEO}" id="player"`), { consent: record({ social: true }, { youtube: true }) })
    const loaded = iframe()
    expect(placeholder()).toBeNull()
    api.save({ categories: [] })
    const fresh = iframe()
    expect(fresh).not.toBe(loaded)
    expect(loaded.isConnected).toBe(false)
    expect(fresh.hasAttribute('src')).toBe(false)
    expect([fresh.id, fresh.getAttribute('data-src'), fresh.title]).toEqual(['player', VIDEO, 'Product video'])
    expect(placeholder()).not.toBeNull()
  })

  it('leave an embed loaded once alone when a later decision still refuses it', () => {
    const { api } = page(heldVideo())
    button('Load this once').click()
    api.save({ categories: ['analytics'] })
    expect(iframe().getAttribute('src')).toBe(VIDEO)
    expect(placeholder()).toBeNull()
  })

  it('appear for embeds the page adds later', async () => {
    page('<main></main>')
    $('main')!.insertAdjacentHTML('beforeend', heldVideo())
    await new Promise((resolve) => setTimeout(resolve))
    expect(placeholder()).not.toBeNull()
    // …and for an iframe that autoBlock holds back after it was inserted.
    const late = document.createElement('iframe')
    $('main')!.append(late)
    await new Promise((resolve) => setTimeout(resolve))
    expect($$('.cy-ph')).toHaveLength(1)
    late.setAttribute('data-category', 'social')
    late.setAttribute('data-src', VIDEO)
    await new Promise((resolve) => setTimeout(resolve))
    expect($$('.cy-ph')).toHaveLength(2)
  })

  it("are not shown for services Consent Mode's advanced mode loads without consent", () => {
    const consentMode = { mode: 'advanced' as const, mapping: {} }
    page(heldVideo(), { config: { consentMode, services: services.map((s) => (s.id == 'youtube' ? { ...s, consentMode: ['ad_storage' as const] } : s)) } })
    expect(placeholder()).toBeNull()
  })
})
