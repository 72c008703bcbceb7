import { afterEach, describe, expect, it } from 'vitest'
import { mount, settle } from './mount'
import { $, $$, reset } from './dom'
import { fakeHost, record, services } from './fake-host'

afterEach(reset)

type Options = Parameters<typeof fakeHost>[0]

/** A privacy page with a declaration under its "Cookies" heading, with the UI mounted on it. */
async function privacyPage(options: Options = {}, body = '<h1>Privacy</h1><h2>Cookies</h2><div data-consentry="declaration"></div>') {
  document.body.innerHTML = body
  const fake = fakeHost({ view: 'none', ...options })
  mount(fake.host)
  await settle()
  return fake
}

const declaration = () => $('[data-consentry=declaration] .cy-decl')!
/** The category block whose heading reads `label`. */
const category = (label: string) => {
  const found = $$('.cy-decl > .cy-category').find((c) => c.querySelector('.cy-row .cy-name')!.textContent == label)
  if (!found) throw new Error(`no category "${label}" in ${declaration().textContent}`)
  return found
}
const service = (name: string) => {
  const found = $$('.cy-decl .cy-service').find((s) => s.querySelector('.cy-name')!.textContent == name)
  if (!found) throw new Error(`no service "${name}"`)
  return found
}
const stateOf = (block: Element) => block.querySelector(':scope > .cy-row > .cy-state')!.textContent
const rows = (table: Element) =>
  [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent))

describe('cookie declaration', () => {
  it('lists every category with its description, necessary first', async () => {
    await privacyPage()
    const labels = $$('.cy-decl > .cy-category > .cy-row > .cy-name').map((h) => h.textContent)
    expect(labels).toEqual(['Necessary', 'Functionality', 'Analytics', 'Tracking', 'Social media', 'Advertising'])
    expect(category('Necessary').textContent).toContain('Make the site work and remember your choices')
    expect(category('Advertising').textContent).toContain('Show ads, personalised on the basis of your visits')
  })

  it('lists every configured service under its category, with provider, purpose and privacy-policy link', async () => {
    await privacyPage()
    for (const configured of services) {
      const block = service(configured.name)
      expect(block.closest('.cy-category')).toBe(category(configured.category == 'necessary' ? 'Necessary' : labelOf(configured.category)))
      if (configured.provider) expect(block.textContent).toContain('Provider: ' + configured.provider)
    }
    const ga = service('Google Analytics')
    expect(ga.querySelector('.cy-desc')!.textContent).toBe('Provider: Google Ireland Ltd. · Statistics with masked IP Privacy policy of Google Analytics')
    expect(ga.querySelector('a')!.href).toBe('https://policies.google.com/privacy')
    expect(ga.querySelector('a')!.textContent).toBe('Privacy policy of Google Analytics')
    // Names isolated, so that a right-to-left page keeps "Google Ireland Ltd." in its own order.
    expect(ga.querySelector('.cy-name > bdi')!.textContent).toBe('Google Analytics')
    expect([...ga.querySelectorAll('.cy-desc bdi')].map((bdi) => bdi.textContent)).toEqual(['Google Ireland Ltd.', 'Google Analytics'])
    expect([...ga.querySelectorAll('td:nth-child(2) > bdi')].map((bdi) => bdi.textContent)).toEqual(['Google Ireland Ltd.', 'Google Ireland Ltd.'])
    expect(service('Hotjar').querySelector('a')).toBeNull()
  })

  it('lists every cookie with its purpose and duration, in a table named by its service', async () => {
    await privacyPage()
    const table = service('Google Analytics').querySelector('table')!
    expect([...table.querySelectorAll('thead th')].map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['Cookie', 'col'],
      ['Provider', 'col'],
      ['Purpose', 'col'],
      ['Duration', 'col'],
    ])
    expect(rows(table)).toEqual([
      ['_ga', 'Google Ireland Ltd.', 'Statistics with masked IP', '2 years'],
      ['_ga_*', 'Google Ireland Ltd.', 'Session state', '2 years'],
    ])
    expect(table.querySelector('tbody th')!.getAttribute('scope')).toBe('row')
    expect($('#' + table.getAttribute('aria-labelledby'))!.textContent).toBe('Google Analytics')
    expect(rows(service('Hotjar').querySelector('table')!)).toEqual([['_hjSessionUser_*', 'Hotjar Ltd.', '', '1 year']])
    expect(rows(service('Session').querySelector('table')!)).toEqual([['sid', '', '', 'session']])
    // Services that set no cookies get no empty table.
    expect(service('cdnjs').querySelector('table')).toBeNull()
    const names = $$('.cy-decl tbody th').map((th) => th.textContent)
    for (const { cookies = [] } of services) for (const cookie of cookies) expect(names).toContain(cookie.name)
  })

  it('declares the consent cookie itself under necessary', async () => {
    await privacyPage({ config: { cookie: { name: 'shop_consent', path: '/', sameSite: 'Lax', secure: true, expiresDays: 365 } } })
    const own = service('Cookie consent')
    expect(own.closest('.cy-category')).toBe(category('Necessary'))
    expect(rows(own.querySelector('table')!)).toEqual([['shop_consent', 'Factuurly', 'Remembers your cookie choices.', '365 days']])
    expect(stateOf(own)).toBe('Always on')
  })

  it('does not declare the consent cookie twice when the config already does', async () => {
    const session = { id: 'session', name: 'Session', category: 'necessary', cookies: [{ name: 'consentry' }, { name: 'sid' }] }
    await privacyPage({ config: { services: [session] } })
    expect(() => service('Cookie consent')).toThrow()
    expect($$('.cy-decl tbody th').filter((th) => th.textContent == 'consentry')).toHaveLength(1)
  })

  it('shows "No choice yet" before a decision, necessary always on', async () => {
    await privacyPage()
    expect(stateOf(category('Necessary'))).toBe('Always on')
    expect(stateOf(service('Session'))).toBe('Always on')
    for (const label of ['Functionality', 'Analytics', 'Tracking', 'Social media', 'Advertising'])
      expect(stateOf(category(label))).toBe('No choice yet')
    expect(stateOf(service('Hotjar'))).toBe('No choice yet')
  })

  it('shows the stored choice per category and per service', async () => {
    await privacyPage({ consent: record({ analytics: true, functional: false, social: false }, { hotjar: false, youtube: true }) })
    // The whole but Hotjar; YouTube alone of its category.
    expect(stateOf(category('Analytics'))).toBe('Partly allowed')
    expect(stateOf(category('Social media'))).toBe('Partly allowed')
    expect(stateOf(service('YouTube'))).toBe('Allowed')
    expect(stateOf(service('Google Analytics'))).toBe('Allowed')
    expect(stateOf(service('Hotjar'))).toBe('Refused')
    expect(stateOf(category('Functionality'))).toBe('Refused')
    expect(stateOf(service('cdnjs'))).toBe('Refused')
    // A category the record does not mention (added after the decision) is not allowed.
    expect(stateOf(category('Tracking'))).toBe('Refused')
    expect(stateOf(category('Necessary'))).toBe('Always on')
  })

  it('follows every change of the decision', async () => {
    const { api, $consent } = await privacyPage()
    api.acceptAll()
    expect(stateOf(category('Advertising'))).toBe('Allowed')
    expect(stateOf(service('Google Ads'))).toBe('Allowed')
    api.rejectAll()
    expect(stateOf(category('Advertising'))).toBe('Refused')
    expect(stateOf(service('Hotjar'))).toBe('Refused')
    api.save({ categories: ['necessary', 'analytics'], services: { 'google-analytics': true, hotjar: false } })
    expect([stateOf(service('Google Analytics')), stateOf(service('Hotjar'))]).toEqual(['Allowed', 'Refused'])
    $consent.set(null)
    expect(stateOf(category('Analytics'))).toBe('No choice yet')
    // Re-rendered in place, not appended.
    expect($$('.cy-decl')).toHaveLength(1)
  })

  it('opens the preferences from "Change cookie settings"', async () => {
    const { api, $view } = await privacyPage()
    const button = declaration().querySelector('button')!
    expect(button.textContent).toBe('Change cookie settings')
    expect(button.type).toBe('button')
    button.click()
    expect(api.showPreferences).toHaveBeenCalledOnce()
    expect($view.get()).toBe('preferences')
    await settle()
    expect($('[role=dialog]')).not.toBeNull()
  })

  it('marks English standing in for a partial translation, the consent cookie’s duration too', async () => {
    await privacyPage({ language: 'ar', config: { translations: { ar: { allowed: 'مسموح' } } } })
    const marked = (element: Element) => [...element.querySelectorAll('bdi[lang=en]')].map((bdi) => bdi.textContent)
    expect(marked(declaration().querySelector('.cy-btn')!)).toEqual(['Change cookie settings'])
    expect(marked(declaration().querySelector('.cy-state')!)).toEqual(['Always on'])
    const consentCookie = rows(service('Cookie consent').querySelector('table')!)[0]
    expect(consentCookie[3]).toBe('182 days')
    expect(marked(service('Cookie consent').querySelector('tbody')!)).toEqual(['Remembers your cookie choices.', '182 days'])
  })

  it('speaks the UI language: Dutch', async () => {
    const { api } = await privacyPage({ language: 'nl' })
    expect(declaration().querySelector('button')!.textContent).toBe('Cookievoorkeuren wijzigen')
    expect(category('Analyse').textContent).toContain('Tellen bezoeken')
    expect(stateOf(category('Analyse'))).toBe('Nog geen keuze')
    expect(stateOf(category('Noodzakelijk'))).toBe('Altijd aan')
    const ga = service('Google Analytics')
    expect(ga.querySelector('.cy-desc')!.textContent).toContain('Aanbieder: Google Ireland Ltd. · Statistieken met gemaskeerd IP')
    expect(rows(ga.querySelector('table')!)[0]).toEqual(['_ga', 'Google Ireland Ltd.', 'Statistieken met gemaskeerd IP', '2 jaar'])
    expect([...ga.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Cookie', 'Aanbieder', 'Doel', 'Looptijd'])
    expect(rows(service('Cookietoestemming').querySelector('table')!)[0]).toEqual(['consentry', 'Factuurly', 'Onthoudt je cookiekeuzes.', '182 dagen'])
    api.save({ categories: ['necessary', 'analytics'] })
    expect(stateOf(category('Analyse'))).toBe('Toegestaan')
    expect(stateOf(category('Advertenties'))).toBe('Geweigerd')
    expect(declaration().lang).toBe('nl')
  })

  it('takes the site’s texts: translations and category labels', async () => {
    await privacyPage({
      language: 'nl',
      config: {
        translations: { nl: { changeSettings: 'Wijzig je keuze', undecided: 'Nog niets gekozen' } },
        categoryText: { analytics: { label: { en: 'Statistics', nl: 'Statistieken' }, description: 'Alleen [tellen](https://factuurly.example/tellen).' } },
      },
    })
    expect(declaration().querySelector('button')!.textContent).toBe('Wijzig je keuze')
    expect(stateOf(category('Statistieken'))).toBe('Nog niets gekozen')
    const link = category('Statistieken').querySelector('.cy-desc a')!
    expect([link.textContent, link.getAttribute('href')]).toEqual(['tellen', 'https://factuurly.example/tellen'])
  })

  it('renders config text as text, never as HTML, and links only http(s) and mailto', async () => {
    const evil = '<img src=x onerror="window.pwned=1">'
    await privacyPage({
      config: {
        siteName: evil,
        categoryText: { tracking: { description: 'See [here](javascript:steal) ' + evil } },
        services: [
          {
            id: 'x',
            name: evil,
            category: 'tracking',
            provider: evil,
            purpose: evil,
            privacyPolicyUrl: 'javascript:alert(1)',
            cookies: [{ name: evil, duration: evil, purpose: evil }],
          },
          { id: 'y', name: 'Mail', category: 'tracking', privacyPolicyUrl: 'mailto:dpo@factuurly.example' },
          { id: 'z', name: 'Data', category: 'tracking', privacyPolicyUrl: 'data:text/html,<b>x</b>' },
        ],
      },
    })
    expect($$('img')).toHaveLength(0)
    expect((window as { pwned?: number }).pwned).toBeUndefined()
    expect(service(evil).textContent).toContain(evil)
    expect(rows(service(evil).querySelector('table')!)).toEqual([[evil, evil, evil, evil]])
    expect(category('Tracking').querySelector('.cy-desc')!.textContent).toBe('See here ' + evil)
    expect($$('.cy-decl a').map((a) => a.getAttribute('href'))).toEqual(['mailto:dpo@factuurly.example'])
  })

  it('fills every declaration on the page, each with its own ids, at the page’s heading level', async () => {
    await privacyPage(
      {},
      '<h1>Privacy</h1><div data-consentry="declaration"><p>Enable JavaScript to see our cookies.</p></div>' +
        '<h2>Cookies</h2><h3>List</h3><div data-consentry="declaration"></div>',
    )
    const [first, second] = $$('.cy-decl')
    expect(first.parentElement!.textContent).not.toContain('Enable JavaScript')
    expect(first.querySelector('.cy-category .cy-name')!.tagName).toBe('H2')
    expect(first.querySelector('.cy-service .cy-name')!.tagName).toBe('H3')
    expect(second.querySelector('.cy-category .cy-name')!.tagName).toBe('H4')
    expect(second.querySelector('.cy-service .cy-name')!.tagName).toBe('H5')
    const ids = $$('[id]').map((element) => element.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const table of $$('.cy-decl table')) expect(table.closest('.cy-service')!.contains($('#' + table.getAttribute('aria-labelledby')))).toBe(true)
  })

  it('fills a declaration a single-page app renders later, and keeps it current', async () => {
    const { api } = await privacyPage()
    const first = declaration()
    document.body.insertAdjacentHTML('beforeend', '<main><h2>Our cookies</h2><div id="later" data-consentry="declaration">Loading…</div></main>')
    await settle()
    const later = $('#later > .cy-decl')!
    expect(later.querySelector('.cy-category .cy-name')!.tagName).toBe('H3')
    expect(later.parentElement!.textContent).not.toContain('Loading')
    api.acceptAll()
    expect(later.querySelector(':scope > .cy-category:last-child > .cy-row > .cy-state')!.textContent).toBe('Allowed')
    // The first one is filled once, not again.
    expect($$('.cy-decl')).toEqual([first, later])
    const ids = $$('[id]').map((element) => element.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('is scoped and themed like the rest of the UI, with no inline styles, hidden until its stylesheet shows it', async () => {
    await privacyPage({ config: { ui: { theme: 'dark' } } })
    expect(declaration().className).toBe('cy-root cy-lazy cy-decl cy-dark')
    expect(declaration().hidden).toBe(true)
    expect($$('[data-consentry=declaration] [style]')).toHaveLength(0)
  })

  it('touches nothing on a page without a declaration', async () => {
    const { host } = await privacyPage({}, '<h1>Home</h1>')
    expect($$('.cy-decl')).toHaveLength(0)
    expect(() => host.api.acceptAll()).not.toThrow()
  })
})

function labelOf(id: string): string {
  return { functional: 'Functionality', analytics: 'Analytics', tracking: 'Tracking', social: 'Social media', advertising: 'Advertising' }[id]!
}
