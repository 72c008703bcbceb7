import { afterEach, describe, expect, it, vi } from 'vitest'
import { en } from '../../../src/ui/i18n/en'
import { mount, settle } from './mount'
import { $, $$, button, isOn, press, reset, switchFor } from './dom'
import { fakeHost, record } from './fake-host'

afterEach(reset)

async function openPreferences(options: Parameters<typeof fakeHost>[0] = {}) {
  const fake = fakeHost({ view: 'preferences', ...options })
  mount(fake.host)
  await settle()
  return fake
}

const dialog = () => $('[role=dialog]')!
const moreButton = (category: string) =>
  $$('.cy-category').find((c) => c.querySelector('h3')!.textContent == category)!.querySelector<HTMLButtonElement>('.cy-more')!
const expand = (category: string) => moreButton(category).click()
/** The note beside a category's switch ("Partly allowed"), or null. */
const partlyNote = (category: string) =>
  $$('.cy-category').find((c) => c.querySelector('h3')!.textContent == category)!.querySelector(':scope > .cy-row .cy-note')?.textContent ?? null

describe('preferences dialog', () => {
  it('is modal and labelled by its title', async () => {
    await openPreferences()
    expect(dialog().getAttribute('aria-modal')).toBe('true')
    expect($('#' + dialog().getAttribute('aria-labelledby'))!.textContent).toBe('Privacy preferences')
  })

  it('moves focus in on open and back to the opener on close', async () => {
    const { host } = fakeHost({ view: 'none' })
    document.body.innerHTML = '<a href="#" id="opener">Cookie settings</a>'
    mount(host)
    $('#opener')!.focus()
    host.api.showPreferences()
    await settle()
    expect(dialog().contains(document.activeElement)).toBe(true)
    press('Escape')
    await Promise.resolve()
    expect(document.activeElement!.id).toBe('opener')
  })

  it('keeps Tab and Shift+Tab inside', async () => {
    await openPreferences()
    const focusable = $$('[role=dialog] button:not(:disabled), [role=dialog] a[href]')
    const first = focusable[0]
    const last = focusable[focusable.length - 1]
    expect(last.textContent).toBe('Save choices')

    // press() returns whether the browser's own Tab move was cancelled (it would move focus once more)
    expect(press('Tab', { shiftKey: true })).toBe(true) // from the dialog itself, right after opening
    expect(document.activeElement).toBe(last)
    expect(press('Tab')).toBe(true)
    expect(document.activeElement).toBe(first)
    expect(press('Tab', { shiftKey: true })).toBe(true)
    expect(document.activeElement).toBe(last)
  })

  it('leaves Tab alone between the first and last control', async () => {
    await openPreferences()
    button('Accept all').focus()
    expect(press('Tab')).toBe(false)
    expect(press('Tab', { shiftKey: true })).toBe(false)
    expect(document.activeElement!.textContent).toBe('Accept all')
  })

  it('Escape and × close it without deciding, back to the banner while no decision exists', async () => {
    const { api } = await openPreferences()
    press('Escape')
    expect(api.showBanner).toHaveBeenCalledOnce()
    expect($('[role=dialog]')).toBeNull()
    expect($('[role=region]')).not.toBeNull()
    await Promise.resolve()
    expect(document.activeElement!.textContent).toBe('Preferences')
    api.showPreferences()
    await settle()
    button('Close').click()
    expect(api.showBanner).toHaveBeenCalledTimes(2)
    expect(api.hide).not.toHaveBeenCalled()
    expect(api.save).not.toHaveBeenCalled()
  })

  it('Escape and × just close it when a decision exists', async () => {
    const { api } = await openPreferences({ consent: record({ analytics: true }) })
    press('Escape')
    expect(api.hide).toHaveBeenCalledOnce()
    expect($('[role=dialog]')).toBeNull()
    api.showPreferences()
    await settle()
    button('Close').click()
    expect(api.hide).toHaveBeenCalledTimes(2)
    expect(api.save).not.toHaveBeenCalled()
  })

  it('lists every category with its description; nothing optional is pre-ticked', async () => {
    await openPreferences()
    const switches = $$('.cy-category > .cy-row [role=switch]')
    expect(switches).toHaveLength(6)
    expect(switches.map(isOn)).toEqual([true, false, false, false, false, false])
    expect(dialog().textContent).toContain('Count visits and show how the site is used')
  })

  it('shows necessary as always on and disabled', async () => {
    await openPreferences()
    const necessary = switchFor('Necessary')
    expect(isOn(necessary)).toBe(true)
    expect(necessary.disabled).toBe(true)
    expect(necessary.closest('.cy-row')!.textContent).toContain('Always on')
    necessary.click()
    expect(isOn(switchFor('Necessary'))).toBe(true)
    expand('Necessary')
    expect(isOn(switchFor('Session'))).toBe(true)
    expect(switchFor('Session').disabled).toBe(true)
  })

  it('turns a switch on and off, telling assistive technology', async () => {
    await openPreferences()
    switchFor('Analytics').click()
    expect(isOn(switchFor('Analytics'))).toBe(true)
    switchFor('Analytics').click()
    expect(isOn(switchFor('Analytics'))).toBe(false)
  })

  it('expands a category into its services, each with a cookie table', async () => {
    await openPreferences()
    const more = moreButton('Analytics')
    expect(more.textContent).toBe('Services (2)')
    expect(more.getAttribute('aria-expanded')).toBe('false')
    expect(() => switchFor('Hotjar')).toThrow()
    more.click()
    expect(more.getAttribute('aria-expanded')).toBe('true')
    expect(isOn(switchFor('Google Analytics'))).toBe(false)

    const table = $$('table').find((t) => t.textContent!.includes('_ga_*'))!
    expect($$('th[scope=col]').slice(0, 4).map((th) => th.textContent)).toEqual(['Cookie', 'Provider', 'Purpose', 'Duration'])
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent))
    expect(rows).toEqual([
      ['_ga', 'Google Ireland Ltd.', 'Statistics with masked IP', '2 years'],
      ['_ga_*', 'Google Ireland Ltd.', 'Session state', '2 years'],
    ])
    expect(table.querySelector('tbody th')!.getAttribute('scope')).toBe('row')
    // Isolated, so that a right-to-left page does not show `_ga` as `ga_`.
    expect([...table.querySelectorAll('tbody th')].map((th) => th.firstElementChild?.tagName)).toEqual(['BDI', 'BDI'])
    // So are the names: "Google Ireland Ltd." would show as ".Google Ireland Ltd" in Arabic.
    expect([...table.querySelectorAll('tbody td:nth-child(2) > bdi')].map((bdi) => bdi.textContent)).toEqual(['Google Ireland Ltd.', 'Google Ireland Ltd.'])
    const ga = $$('.cy-service').find((s) => s.textContent!.includes('_ga_*'))!
    expect(ga.querySelector('h4 > bdi')!.textContent).toBe('Google Analytics')
    expect([...ga.querySelectorAll('.cy-desc bdi')].map((bdi) => bdi.textContent)).toEqual(['Google Ireland Ltd.', 'Google Analytics'])
    expect($('.cy-body > .cy-text bdi')!.textContent).toBe('Factuurly')
    more.click()
    expect(() => switchFor('Hotjar')).toThrow()
  })

  it('carries services with their category; a service answers for itself', async () => {
    await openPreferences()
    expand('Analytics')
    switchFor('Analytics').click()
    expect([switchFor('Google Analytics'), switchFor('Hotjar')].map(isOn)).toEqual([true, true])
    switchFor('Analytics').click()
    expect([switchFor('Google Analytics'), switchFor('Hotjar')].map(isOn)).toEqual([false, false])

    // Services on, even all of them, do not turn the category on: that would allow the rest of it too.
    switchFor('Hotjar').click()
    switchFor('Google Analytics').click()
    expect(isOn(switchFor('Analytics'))).toBe(false)
    expect(partlyNote('Analytics')).toBe('Partly allowed')
    // One service off takes a category that was on off with it; the other keeps its own answer.
    switchFor('Analytics').click()
    expect(partlyNote('Analytics')).toBeNull()
    switchFor('Hotjar').click()
    expect(isOn(switchFor('Analytics'))).toBe(false)
    expect([switchFor('Google Analytics'), switchFor('Hotjar')].map(isOn)).toEqual([true, false])
  })

  // The legal audit's case: Reject all, then "Always allow YouTube"; the config's social category has YouTube only.
  it('shows a service allowed on its own as stored, and saved unchanged stores the same', async () => {
    const consent = record({ functional: false, analytics: false, tracking: false, social: false, advertising: false }, { youtube: true })
    const { api } = await openPreferences({ consent })
    const social = switchFor('Social media')
    expect(isOn(social)).toBe(false)
    expect(partlyNote('Social media')).toBe('Partly allowed')
    // Read out with the switch, and the list that explains it already open.
    expect($('#' + social.getAttribute('aria-describedby'))!.textContent).toBe('Partly allowed')
    expect(moreButton('Social media').getAttribute('aria-expanded')).toBe('true')
    expect(isOn(switchFor('YouTube'))).toBe(true)
    // Nothing else is partly, or open.
    expect(['Functionality', 'Analytics', 'Tracking', 'Advertising'].map(partlyNote)).toEqual([null, null, null, null])
    expect($$('[aria-expanded=true]')).toHaveLength(1)
    expect(switchFor('Analytics').hasAttribute('aria-describedby')).toBe(false)

    button('Save choices').click()
    const saved = api.save.mock.calls[0][0]
    expect(saved.categories).toEqual(['necessary'])
    expect(saved.services).toMatchObject({ youtube: true, hotjar: false, 'google-analytics': false })
  })

  it('saves exactly what was chosen', async () => {
    const { api, $consent, $view } = await openPreferences()
    expand('Analytics')
    switchFor('Hotjar').click()
    switchFor('Social media').click()
    button('Save choices').click()
    expect(api.save).toHaveBeenCalledWith({
      categories: ['necessary', 'social'],
      services: {
        session: true,
        cdnjs: false,
        'google-analytics': false,
        hotjar: true,
        linkedin: false,
        youtube: true,
        'google-ads': false,
      },
    }, 'preferences')
    expect($view.get()).toBe('none')
    expect($consent.get()!.categories.analytics).toBe(false)
    expect($consent.get()!.services.hotjar).toBe(true)
  })

  it('marks English standing in for what a site’s partial translation leaves out, string by string, isolated', async () => {
    const ar = { acceptAll: 'قبول الكل', save: 'حفظ الاختيارات', 'analytics.label': 'التحليلات' }
    await openPreferences({ language: 'ar', config: { translations: { ar } } })
    const standIns = (root: Element) => [...root.querySelectorAll('bdi[lang]')].map((element) => [element.getAttribute('lang'), element.textContent])
    expect($('.cy-root')!.getAttribute('lang')).toBe('ar')
    expect(standIns($('#cy-preferences-title')!)).toEqual([['en', 'Privacy preferences']])
    expect(standIns(button('Reject all'))).toEqual([['en', 'Reject all']])
    // The site's own words are the UI's: unmarked.
    expect(standIns(button('قبول الكل'))).toEqual([])
    expect(standIns(button('حفظ الاختيارات'))).toEqual([])
    const analytics = $$('.cy-category').find((c) => c.querySelector('h3')!.textContent == 'التحليلات')!
    expect(standIns(analytics.querySelector('h3')!)).toEqual([])
    expect(standIns(analytics.querySelector('.cy-desc')!)).toEqual([['en', 'Count visits and show how the site is used, so we can improve it.']])
    expect(standIns(analytics.querySelector('.cy-more')!)).toEqual([['en', 'Services (2)']])
    expect(standIns($$('.cy-category')[0].querySelector('h3')!)).toEqual([['en', 'Necessary']])
    // The close button's name is its only text: the button says its language.
    expect(button('Close').lang).toBe('en')
    reset()
    // A language with all its strings (built in) marks none.
    await openPreferences({ language: 'nl' })
    expect(standIns(dialog())).toEqual([])
    expect(button('Sluiten').hasAttribute('lang')).toBe(false)
  })

  it('tells the site owner, once, which strings its translation leaves out (for a language the site adds)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const ar = { acceptAll: 'قبول الكل', save: 'حفظ الاختيارات', reopenButton: 'تفضيلات ملفات تعريف الارتباط' }
    await openPreferences({ language: 'ar', config: { translations: { ar } } })
    const said = warn.mock.calls.map((call) => String(call[0])).filter((message) => message.includes('leaves out'))
    expect(said).toHaveLength(1)
    const missing = Object.keys(en).filter((key) => !(key in ar))
    expect(said[0]).toBe(`[consentry] translations["ar"] leaves out ${missing.length} strings, shown in English: ${missing.join(', ')}.`)
    reset()
    warn.mockClear()
    // Complete (built in), or English throughout: nothing to tell.
    await openPreferences({ language: 'de', config: { translations: { de: { acceptAll: 'OK' } } } })
    reset()
    await openPreferences({ language: 'en' })
    expect(warn.mock.calls.filter((call) => String(call[0]).includes('leaves out'))).toEqual([])
    warn.mockRestore()
  })

  it('marks the site’s texts that stand in from another language with that language', async () => {
    // The site wrote Google Analytics' purpose and durations in English and Dutch only.
    await openPreferences({ language: 'de' })
    $$('.cy-more').find((more) => more.closest('.cy-category')!.querySelector('h3')!.textContent == 'Statistik')!.click()
    const ga = $$('.cy-service').find((service) => service.querySelector('h4')!.textContent == 'Google Analytics')!
    const marked = [...ga.querySelectorAll('[lang]')].map((element) => [element.getAttribute('lang'), element.textContent])
    // Isolated as well: right to left, "2 years" would read "years 2".
    expect([...ga.querySelectorAll('[lang]')].every((element) => element.tagName == 'BDI')).toBe(true)
    // A plain string names no language: it is left as the page's.
    expect(marked).toEqual([
      ['en', 'Statistics with masked IP'],
      ['en', 'Statistics with masked IP'],
      ['en', '2 years'],
    ])
    reset()
    // In Dutch they are the visitor's own: nothing to mark.
    await openPreferences({ language: 'nl' })
    for (const more of $$('.cy-more')) more.click()
    expect($$('.cy-service').length).toBeGreaterThan(3)
    expect($$('.cy-service [lang]')).toEqual([])
  })

  it('Accept all and Reject all in the dialog decide through the api, naming the preferences as where', async () => {
    const { api } = await openPreferences()
    button('Reject all').click()
    expect(api.rejectAll).toHaveBeenCalledExactlyOnceWith('preferences')
    api.showPreferences()
    await settle()
    button('Accept all').click()
    expect(api.acceptAll).toHaveBeenCalledExactlyOnceWith('preferences')
  })

  it('shows the stored choices when opened again, not the last unsaved ones', async () => {
    // Analytics allowed as a whole, but not Hotjar: a category on with a service off, as save() can store it.
    const consent = record({ analytics: true, social: false }, { 'google-analytics': true, hotjar: false })
    const { api } = await openPreferences({ consent })
    expect(isOn(switchFor('Analytics'))).toBe(true)
    expect(partlyNote('Analytics')).toBe('Partly allowed')
    expect(isOn(switchFor('Social media'))).toBe(false)
    expect([switchFor('Google Analytics'), switchFor('Hotjar')].map(isOn)).toEqual([true, false])

    switchFor('Social media').click()
    expand('Analytics')
    api.hide()
    api.showPreferences()
    await settle()
    expect(isOn(switchFor('Social media'))).toBe(false)
    // Lists start as they did: open only where the category is allowed in part.
    expect(moreButton('Analytics').getAttribute('aria-expanded')).toBe('true')
    expect(moreButton('Social media').getAttribute('aria-expanded')).toBe('false')
  })

  it('shows the GPC notice, naming what it keeps off, when the signal was honoured', async () => {
    await openPreferences({ gpc: true, config: { gpcCategories: ['advertising'] } })
    expect(dialog().textContent).toContain('Your browser sends Global Privacy Control, so advertising stay off')
  })
})
