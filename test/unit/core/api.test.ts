import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ConsentRecord, ConsentryConfig, ScriptConfig, ServiceConfig, UIHost } from '../../../src/core/types'
import { clearCookies, cookieNames, storedConsent } from '../helpers'

const config: ConsentryConfig = {
  revision: 2,
  categories: ['functional', 'analytics', 'advertising'],
  services: [
    { id: 'ga', name: 'Google Analytics', category: 'analytics', cookies: [{ name: '_ga' }, { name: '_ga_*' }] },
    { id: 'hotjar', name: 'Hotjar', category: 'analytics', cookies: [{ name: '_hjSessionUser_*' }] },
    { id: 'pixel', name: 'Facebook Pixel', category: 'advertising', cookies: [{ name: '_fbp' }] },
  ],
}

/** A fresh engine (module state included) for every test, as on a new page; decisions bundled as in the ES module. */
async function freshEngine({ bundled = true } = {}) {
  delete (window as unknown as Record<symbol, unknown>)[Symbol.for('consentry')]
  vi.resetModules()
  const api = await import('../../../src/core/api')
  const state = await import('../../../src/core/state')
  const { decisionEngine } = await import('../../../src/core/decision')
  const { explainProblems } = await import('../../../src/core/messages')
  if (bundled) api.configure({ engine: decisionEngine, explainProblems })
  return { ...api, ...state, decisionEngine, explainProblems }
}

type Lookup = (entry: ServiceConfig | string) => ServiceConfig | undefined

/** As the script build starts on `input`: the engine fetched, the catalogue too, which comes when `arrive` is called. */
async function awaitingCatalogue(input: ScriptConfig, lookup: Lookup) {
  const engine = await freshEngine({ bundled: false })
  let arrive: (lookup: Lookup) => void = () => {}
  engine.configure({
    loadEngine: () => Promise.resolve(engine.decisionEngine),
    loadCatalogue: () => new Promise((resolve) => (arrive = resolve)),
  })
  engine.init(input)
  return { engine, arrive: () => arrive(lookup) }
}

function recordEvents() {
  const events: { type: string; detail: unknown }[] = []
  for (const type of ['consentry:ready', 'consentry:consent', 'consentry:change']) {
    window.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }))
  }
  return events
}

function storedRecord(overrides: Partial<ConsentRecord> = {}): void {
  const record: ConsentRecord = {
    schema: 1,
    id: 'returning',
    createdAt: new Date(Date.now() - 864e5).toISOString(),
    updatedAt: new Date(Date.now() - 864e5).toISOString(),
    revision: 2,
    categories: { necessary: true, functional: false, analytics: true, advertising: false },
    services: { ga: true, hotjar: true, pixel: false },
    method: 'custom',
    language: 'en',
    ...overrides,
  }
  document.cookie = `consentry=${encodeURIComponent(JSON.stringify(record))}; path=/`
}

/** location.reload, watched instead of run: happy-dom's would reload the test's window. */
function watchReload() {
  const reload = vi.fn()
  vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload, hostname: 'www.example.com', pathname: '/' } as Location)
  return reload
}

beforeEach(() => {
  clearCookies()
  document.body.innerHTML = ''
  window.ran = []
})

declare global {
  interface Window {
    ran: string[]
  }
}

describe('first visit', () => {
  it('runs nothing non-essential, asks for a decision and says it is ready; what is necessary runs at once', async () => {
    const events = recordEvents()
    document.body.innerHTML =
      `<script type="text/plain" data-category="analytics">window.ran.push('ga')</script>` +
      `<script type="text/plain" data-category="necessary">window.ran.push('login')</script>`
    const engine = await freshEngine()
    // Before init there is no config, so nothing is allowed, as on the server (the README, "In an app").
    expect(engine.isAllowed('necessary')).toBe(false)
    engine.init(config)
    await vi.waitFor(() => expect(window.ran).toEqual(['login']))
    expect(engine.$view.get()).toBe('banner')
    expect(engine.getConsent()).toBeNull()
    expect(engine.isAllowed('analytics')).toBe(false)
    // Necessary needs no consent: a visitor who never answers the banner still gets the page's necessary tags.
    expect(engine.isAllowed('necessary')).toBe(true)
    expect(window.ran).toEqual(['login'])
    expect(events.map((event) => event.type)).toEqual(['consentry:ready'])
    expect(cookieNames()).toEqual([])
  })

  it('loads the UI chunk when the banner is due, handing it the host', async () => {
    const engine = await freshEngine()
    const mount = vi.fn()
    engine.configure({ loadUI: () => Promise.resolve(mount) })
    engine.init(config)
    await vi.waitFor(() => expect(mount).toHaveBeenCalledTimes(1))
    const host = mount.mock.calls[0][0]
    expect(host.api.acceptAll).toBe(engine.acceptAll)
    expect(host.$view.get()).toBe('banner')
    expect(host.config.categories).toEqual(['necessary', 'functional', 'analytics', 'advertising'])
    expect(host.language).toBe('en')
  })

  it("links the build's own stylesheet unless the config names one, or false; also when the config is too malformed to say", async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const stylesheetFor = async (input: unknown) => {
      const engine = await freshEngine()
      engine.configure({ stylesheet: '/dist/consentry.css' })
      engine.init(input as ConsentryConfig)
      return engine.$config.get()?.ui.stylesheet
    }
    expect(await stylesheetFor(config)).toBe('/dist/consentry.css')
    expect(await stylesheetFor({ ...config, ui: { stylesheet: '/own.css' } })).toBe('/own.css')
    expect(await stylesheetFor({ ...config, ui: { stylesheet: false } })).toBe(false)
    // Reported as malformed, yet the banner can still be styled, and so shown.
    expect(await stylesheetFor([])).toBe('/dist/consentry.css')
    expect(await stylesheetFor({ ...config, ui: 'dark' })).toBe('/dist/consentry.css')
    vi.restoreAllMocks()
  })

  it('says so when the UI chunk cannot be loaded, keeps holding the tags, and tries again when asked', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    document.body.innerHTML = `<script type="text/plain" data-category="analytics">window.ran.push('ga')</script>`
    const engine = await freshEngine()
    const mount = vi.fn()
    const loadUI = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(mount)
    engine.configure({ loadUI })
    engine.init(config)
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith('[consentry] could not load the consent interface (offline); nothing was changed.'))
    expect(window.ran).toEqual([])
    engine.showPreferences()
    await vi.waitFor(() => expect(mount).toHaveBeenCalledTimes(1))
    expect(loadUI).toHaveBeenCalledTimes(2)
    vi.restoreAllMocks()
  })
})

describe('autoBlock', () => {
  it('in a build without it, says which file to load and keeps holding back marked tags', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    document.body.innerHTML = `<script type="text/plain" data-category="analytics">window.ran.push('ga')</script>`
    const engine = await freshEngine()
    engine.init({ ...config, autoBlock: true })
    expect(error).toHaveBeenCalledWith(
      '[consentry] config.autoBlock: needs consentry-autoblock.js in place of consentry.js; until then only tags marked type="text/plain" are held back.',
    )
    await Promise.resolve()
    expect(window.ran).toEqual([])
    vi.restoreAllMocks()
  })
})

describe('decisions', () => {
  it('keep holding on the page when the browser refuses the cookie', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    document.body.innerHTML = `<script type="text/plain" data-category="analytics">window.ran.push('ga')</script>`
    const engine = await freshEngine()
    engine.init(config)
    const refuse = vi.spyOn(document, 'cookie', 'set').mockImplementation(() => {})
    engine.save({ categories: ['analytics'] })
    refuse.mockRestore()
    await vi.waitFor(() => expect(window.ran).toEqual(['ga']))
    expect(engine.isAllowed('analytics')).toBe(true)
    expect(engine.$view.get()).toBe('none')
    vi.restoreAllMocks()
  })

  it('say why the browser refused the cookie: in a frame, third-party cookies; else a setting or cookies off', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    for (const framed of [false, true]) {
      const engine = await freshEngine()
      engine.init(config)
      if (framed) vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window)
      const refuse = vi.spyOn(document, 'cookie', 'set').mockImplementation(() => {})
      engine.rejectAll()
      refuse.mockRestore()
      const said = warn.mock.calls.at(-1)![0] as string
      expect(said, `framed: ${framed}`).toContain(framed ? 'a page another site frames (third-party cookies)' : 'check config.cookie')
    }
    vi.restoreAllMocks()
  })

  it('made before the decision engine has loaded (script build) take effect once it arrives', async () => {
    const engine = await freshEngine({ bundled: false })
    let arrive: (value: typeof engine.decisionEngine) => void = () => {}
    engine.configure({ loadEngine: () => new Promise((resolve) => (arrive = resolve)) })
    engine.init(config)
    engine.acceptAll()
    expect(engine.getConsent()).toBeNull()
    arrive(engine.decisionEngine)
    await vi.waitFor(() => expect(engine.getConsent()?.method).toBe('accept-all'))
    expect(storedConsent()).toMatchObject({ method: 'accept-all' })
  })

  it('find the engine already loading when the UI said a decision was near (script build)', async () => {
    const engine = await freshEngine({ bundled: false })
    const loadEngine = vi.fn(() => Promise.resolve(engine.decisionEngine))
    const mount = vi.fn()
    engine.configure({ loadEngine, loadUI: () => Promise.resolve(mount) })
    engine.init(config)
    await vi.waitFor(() => expect(mount).toHaveBeenCalledTimes(1))
    expect(loadEngine).not.toHaveBeenCalled()
    mount.mock.calls[0][0].prepareDecision()
    expect(loadEngine).toHaveBeenCalledTimes(1)
    await new Promise((resolve) => setTimeout(resolve))
    // Loaded: the decision is made at once, with no second fetch.
    engine.rejectAll()
    expect(engine.getConsent()?.method).toBe('reject-all')
    mount.mock.calls[0][0].prepareDecision()
    expect(loadEngine).toHaveBeenCalledTimes(1)
  })

  it('change nothing and say why when the decision engine cannot be loaded', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const engine = await freshEngine({ bundled: false })
    engine.configure({ loadEngine: () => Promise.reject(new Error('offline')), explainProblems: engine.explainProblems })
    engine.init(config)
    engine.acceptAll()
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith('[consentry] could not load the consent engine (offline); nothing was changed.'))
    expect(engine.getConsent()).toBeNull()
    expect(cookieNames()).toEqual([])
    vi.restoreAllMocks()
  })

  it('accept all stores a complete record, runs the tags and tells the page', async () => {
    const events = recordEvents()
    document.body.innerHTML = `<script type="text/plain" data-category="advertising" data-service="pixel">window.ran.push('pixel')</script>`
    const engine = await freshEngine()
    engine.init(config)
    const listener = vi.fn()
    engine.onChange(listener)
    const before = Date.now()
    engine.acceptAll()
    await vi.waitFor(() => expect(window.ran).toEqual(['pixel']))

    const record = storedConsent() as ConsentRecord
    expect(record).toMatchObject({
      schema: 1,
      revision: 2,
      method: 'accept-all',
      language: 'en',
      categories: { necessary: true, functional: true, analytics: true, advertising: true },
      services: { ga: true, hotjar: true, pixel: true },
    })
    expect(record.id).toMatch(/^[0-9a-f]{32}$/)
    expect(record.createdAt).toBe(record.updatedAt)
    expect(Date.parse(record.updatedAt)).toBeGreaterThanOrEqual(before - 1000)
    expect(record.updatedAt.endsWith('Z')).toBe(true)
    expect(engine.getConsent()).toEqual(record)
    expect(engine.$view.get()).toBe('none')
    expect(listener).toHaveBeenCalledWith({
      consent: record,
      changedCategories: ['necessary', 'functional', 'analytics', 'advertising'],
      changedServices: ['ga', 'hotjar', 'pixel'],
    })
    expect(events.map((event) => event.type)).toEqual(['consentry:ready', 'consentry:consent', 'consentry:change'])
  })

  it('reject all keeps only necessary', async () => {
    const engine = await freshEngine()
    engine.init(config)
    engine.rejectAll()
    expect(storedConsent()).toMatchObject({
      method: 'reject-all',
      categories: { necessary: true, functional: false, analytics: false, advertising: false },
      services: { ga: false, hotjar: false, pixel: false },
    })
    expect(engine.isAllowed('analytics')).toBe(false)
    expect(engine.isAllowed('necessary')).toBe(true)
  })

  it('a custom choice allows per category and per service', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="analytics" data-service="ga">window.ran.push('ga')</script>
      <script type="text/plain" data-category="analytics" data-service="hotjar">window.ran.push('hotjar')</script>
      <script type="text/plain" data-category="analytics">window.ran.push('analytics')</script>
      <script type="text/plain" data-category="advertising">window.ran.push('ads')</script>`
    const engine = await freshEngine()
    engine.init(config)
    engine.save({ categories: ['analytics'], services: { hotjar: false } })
    await vi.waitFor(() => expect(window.ran).toEqual(['ga', 'analytics']))
    expect(engine.isAllowed('analytics.ga')).toBe(true)
    expect(engine.isAllowed('analytics.hotjar')).toBe(false)
    expect(engine.getConsent()?.method).toBe('custom')
  })

  it('allowing one service allows that service only, not the rest of its category', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="analytics" data-service="hotjar">window.ran.push('hotjar')</script>
      <script type="text/plain" data-category="analytics" data-service="ga">window.ran.push('ga')</script>
      <script type="text/plain" data-category="analytics">window.ran.push('no service')</script>
      <script type="text/plain" data-category="analytics" data-service="clarity">window.ran.push('undeclared service')</script>
      <script type="text/plain" data-category="analytics" data-service="hotjar.com">window.ran.push('hotjar.com')</script>`
    const engine = await freshEngine()
    engine.init(config)
    engine.save({ categories: [], services: { hotjar: true } })
    await vi.waitFor(() => expect(window.ran).toEqual(['hotjar']))
    // No listed id has a dot: "hotjar.com" is a service of its own, not hotjar's.
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(window.ran).toEqual(['hotjar'])
    expect(engine.getConsent()?.categories.analytics).toBe(false)
    expect(engine.getConsent()?.services).toEqual({ ga: false, hotjar: true, pixel: false })
    expect(engine.isAllowed('analytics.hotjar')).toBe(true)
    expect(engine.isAllowed('analytics')).toBe(false)
    expect(engine.isAllowed('analytics.clarity')).toBe(false)
    // A whole category allows the services the config does not name, as it allows tags that name none.
    engine.save({ categories: ['analytics'], services: { ga: false } })
    await vi.waitFor(() => expect(window.ran).toEqual(['hotjar', 'no service', 'undeclared service', 'hotjar.com']))
  })

  it('store only yes or no per service: anything else in save() follows the category, and the record stays readable', async () => {
    const engine = await freshEngine()
    engine.init(config)
    engine.save({ categories: ['analytics'], services: { hotjar: 1, pixel: 'yes', constructor: true } as unknown as Record<string, boolean> })
    expect(engine.getConsent()?.services).toEqual({ ga: true, hotjar: true, pixel: false })
    expect(storedConsent()).toMatchObject({ services: { ga: true, hotjar: true, pixel: false } })
    engine.save({ categories: [], services: null as unknown as Record<string, boolean> })
    expect(storedConsent()).toMatchObject({ method: 'withdrawal' })
    // The next page reads it back.
    const next = await freshEngine()
    next.init(config)
    expect(next.getConsent()?.services).toEqual({ ga: false, hotjar: false, pixel: false })
  })

  it("made on a page whose config is older (or missing) than the stored decision's hold there, and leave the stored one alone", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    storedRecord({ revision: 3, method: 'accept-all' })
    const before = document.cookie
    const engine = await freshEngine()
    // This page still has revision 2: to it, the stored decision is no decision, and it asks.
    engine.init(config)
    expect(engine.getConsent()).toBeNull()
    engine.rejectAll()
    expect(engine.getConsent()?.method).toBe('reject-all')
    expect(document.cookie).toBe(before)
    expect(warn).toHaveBeenCalledWith(
      "[consentry] this page's config has revision 2, but the stored decision was made under revision 3: this choice holds for this page only and was not stored. Is this page's config out of date, or missing?",
    )
    // A page with the site's current config still finds the visitor's own decision.
    const current = await freshEngine()
    current.init({ ...config, revision: 3 })
    expect(current.getConsent()?.method).toBe('accept-all')
    vi.restoreAllMocks()
  })

  it('are stored over a cookie of our name that only looks like a newer revision (a string, a list, no record at all)', async () => {
    for (const revision of ['"9"', '[9]']) {
      clearCookies()
      document.cookie = `consentry=${encodeURIComponent(`{"revision":${revision}}`)}; path=/shop`
      const engine = await freshEngine()
      engine.init(config)
      engine.rejectAll()
      const next = await freshEngine()
      next.init(config)
      expect(next.getConsent()?.method, `revision ${revision}`).toBe('reject-all')
    }
  })

  it('made over a record dated ahead (a fast clock) read as newer than it, so a copy of it left on another path cannot take their place', async () => {
    const ahead = new Date(Date.now() + 20 * 36e5).toISOString()
    storedRecord({ updatedAt: ahead, method: 'accept-all', categories: { necessary: true, functional: true, analytics: true, advertising: true }, services: { ga: true, hotjar: true, pixel: true } })
    const copy = document.cookie.split('; ').find((pair) => pair.startsWith('consentry='))
    document.cookie = `${copy}; path=/shop`
    const engine = await freshEngine()
    engine.init(config)
    engine.rejectAll()
    const withdrawal = engine.getConsent() as ConsentRecord
    expect(withdrawal.method).toBe('withdrawal')
    expect(Date.parse(withdrawal.updatedAt)).toBe(Date.parse(ahead) + 1)
    // The page that sees both copies (the old one under /shop, the new one under /) reads the withdrawal.
    const next = await freshEngine()
    next.init(config)
    expect(next.getConsent()?.method).toBe('withdrawal')
  })

  it('reports unknown categories in save() and ignores them', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const engine = await freshEngine()
    engine.init(config)
    engine.save({ categories: ['analytics', 'stats'] })
    expect(error).toHaveBeenCalledWith(
      '[consentry] save(): unknown categories stats were ignored; expected necessary, functional, analytics, advertising.',
    )
    expect(engine.getConsent()?.categories).not.toHaveProperty('stats')
  })

  it('reports service answers in save() that are not true or false, or name no service of the config, and ignores them', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const engine = await freshEngine()
    engine.init(config)
    engine.save({ categories: [], services: { hotjar: 1, hotjr: true, ga: true } as unknown as Record<string, boolean> })
    expect(error).toHaveBeenCalledWith('[consentry] save(): services hotjar, hotjr were ignored; expected true or false for one of ga, hotjar, pixel.')
    expect(engine.getConsent()?.services).toEqual({ ga: true, hotjar: false, pixel: false })
    // Services that are not a map at all: nothing is decided, as for categories that are not a list.
    error.mockClear()
    engine.save({ categories: ['analytics'], services: 'hotjar' as unknown as Record<string, boolean> })
    expect(error).toHaveBeenCalledWith('[consentry] save() expects { categories: string[], services?: { [id]: boolean } }; nothing was changed.')
    expect(engine.getConsent()?.categories.analytics).toBe(false)
    vi.restoreAllMocks()
  })

  it('refuse a service whose entry has a mistake: its tags stay blocked, here and on the next page, whatever its category allows', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    // Bare cookie names (`{ name }` expected): the entry is left out, so the visitor never saw Hotjar.
    const bareCookies = { id: 'hotjar', name: 'Hotjar', category: 'analytics', cookies: ['_hjid'] } as unknown as ServiceConfig
    const withMistake: ConsentryConfig = { ...config, services: [config.services![0], bareCookies, config.services![2]] }
    const tags = `<script type="text/plain" data-category="analytics" data-service="ga">window.ran.push('ga')</script>
      <script type="text/plain" data-category="analytics" data-service="hotjar">window.ran.push('hotjar')</script>`
    document.body.innerHTML = tags
    let engine = await freshEngine()
    engine.init(withMistake)
    expect(error).toHaveBeenCalledWith(expect.stringContaining('config.services[1].cookies: expected an array of { name, duration }, got "_hjid" at [0]'))
    engine.acceptAll()
    await vi.waitFor(() => expect(window.ran).toEqual(['ga']))
    expect(engine.getConsent()?.services).toEqual({ ga: true, pixel: true, hotjar: false })
    expect(engine.isAllowed('analytics.hotjar')).toBe(false)
    expect(engine.isAllowed('analytics')).toBe(true)

    window.ran = []
    document.body.innerHTML = tags
    engine = await freshEngine()
    engine.init(withMistake)
    await vi.waitFor(() => expect(window.ran).toEqual(['ga']))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(window.ran).toEqual(['ga'])
    vi.restoreAllMocks()
  })

  /**
   * As in consentry.js: a page with a `ga` and a `hotjar` tag whose visitor accepts all before the
   * services are read; then the catalogue's `lookup` comes (undefined: the config names no id; null: it did not load).
   */
  async function acceptAllBeforeServices(services: ScriptConfig['services'], lookup: Lookup | null | undefined) {
    document.body.innerHTML = `<script type="text/plain" data-category="analytics" data-service="ga">window.ran.push('ga')</script>
      <script type="text/plain" data-category="analytics" data-service="hotjar">window.ran.push('hotjar')</script>`
    const { engine, arrive } = await awaitingCatalogue({ ...config, services }, lookup as Lookup)
    engine.acceptAll()
    arrive()
    return engine
  }

  it('refuse a service whose entry has a mistake that only shows once the catalogue is in (script build)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const catalogue: Record<string, ServiceConfig> = { hotjar: { id: 'hotjar', name: 'Hotjar', category: 'analytics' } }
    const misfiled = { id: 'ga', name: 'Google Analytics', category: 'analytcs' }
    const engine = await acceptAllBeforeServices(['hotjar', misfiled], (entry) => (typeof entry == 'string' ? catalogue[entry] : entry))
    await vi.waitFor(() => expect(window.ran).toEqual(['hotjar']))
    expect(engine.getConsent()?.services).toEqual({ hotjar: true, ga: false })
    vi.restoreAllMocks()
  })

  it('refuse a service whose entry has a mistake in consentry.js, which reads services once the engine or dialog needs them, with no catalogue for a config of objects', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const engine = await acceptAllBeforeServices([config.services![0], { id: 'hotjar', name: 'Hotjar', category: 'analytcs' }], undefined)
    await vi.waitFor(() => expect(window.ran).toEqual(['ga']))
    expect(engine.getConsent()?.services).toEqual({ ga: true, hotjar: false })
    vi.restoreAllMocks()
  })

  it('refuse a service whose id Consentry refuses, such as vanilla-cookieconsent\'s "Google Analytics": the page\'s tags name it so', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    document.body.innerHTML = `<script type="text/plain" data-category="analytics" data-service="Google Analytics">window.ran.push('vanilla')</script>
      <script type="text/plain" data-category="analytics" data-service="hotjar">window.ran.push('hotjar')</script>`
    const { engine, arrive } = await awaitingCatalogue({ ...config, services: [{ id: 'Google Analytics', name: 'GA', category: 'analytics' }, config.services![1]] }, () => undefined)
    engine.acceptAll()
    arrive()
    await vi.waitFor(() => expect(window.ran).toEqual(['hotjar']))
    expect(engine.getConsent()?.services).toEqual({ hotjar: true, 'Google Analytics': false })
    vi.restoreAllMocks()
  })

  it('do not refuse the services named by id when the catalogue did not load (null): that is no mistake of the config, and not told as one', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const overlay = { id: 'hotjar', purpose: 'Our own heatmaps' } as unknown as ServiceConfig
    const engine = await acceptAllBeforeServices(['google-analytics', overlay], null)
    // Neither is listed now: both run with their category, which the visitor allowed.
    await vi.waitFor(() => expect(window.ran).toEqual(['ga', 'hotjar']))
    expect(engine.getConsent()?.services).toEqual({})
    // The failed load is the classic script's to tell (load.services); no entry is called wrong.
    expect(error.mock.calls.flat().filter((message) => /services\[/.test(message))).toEqual([])
    vi.restoreAllMocks()
  })

  it('stops calling a listener once unsubscribed', async () => {
    const engine = await freshEngine()
    engine.init(config)
    const listener = vi.fn()
    const unsubscribe = engine.onChange(listener)
    engine.rejectAll()
    unsubscribe()
    engine.acceptAll()
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('stores a decision whatever the length of the language tag the config gives (the record keeps 35 characters of it)', async () => {
    const language = 'en-aaaaaaaa-bbbbbbbb-cccccccc-dddddddd'
    const engine = await freshEngine()
    engine.init({ ...config, language, translations: { [language]: { acceptAll: 'OK' } } })
    engine.acceptAll()
    expect(storedConsent()).toMatchObject({ method: 'accept-all', language: language.slice(0, 35) })
    const next = await freshEngine()
    next.init({ ...config, language })
    expect(next.getConsent()?.method).toBe('accept-all')
  })
})

describe('withdrawal', () => {
  it('records a withdrawal, keeps the consent id and deletes the withdrawn services cookies', async () => {
    storedRecord({ categories: { necessary: true, analytics: true, advertising: true }, services: { ga: true, hotjar: true, pixel: true } })
    document.cookie = '_ga=1; path=/'
    document.cookie = '_ga_ABC=1; path=/; domain=example.com'
    document.cookie = '_hjSessionUser_9=1; path=/'
    document.cookie = '_fbp=1; path=/'
    document.cookie = 'basket=mine; path=/'
    const engine = await freshEngine()
    engine.init(config)
    const listener = vi.fn()
    engine.onChange(listener)
    engine.save({ categories: ['advertising'] })

    const record = engine.getConsent() as ConsentRecord
    expect(record.method).toBe('withdrawal')
    expect(record.id).toBe('returning')
    expect(record.createdAt).not.toBe(record.updatedAt)
    expect(cookieNames().sort()).toEqual(['_fbp', 'basket', 'consentry'])
    expect(listener.mock.calls[0][0].changedCategories).toEqual(['analytics'])
    expect(listener.mock.calls[0][0].changedServices).toEqual(['ga', 'hotjar'])
  })

  it('keeps the cookies of a service still allowed when its category as a whole is taken back', async () => {
    storedRecord({ categories: { necessary: true, analytics: true, advertising: false }, services: { ga: true, hotjar: true, pixel: false } })
    document.cookie = '_ga=1; path=/'
    document.cookie = '_hjSessionUser_9=1; path=/'
    const engine = await freshEngine()
    engine.init(config)
    engine.save({ categories: [], services: { ga: true } })
    expect(engine.getConsent()?.method).toBe('withdrawal')
    expect(cookieNames().sort()).toEqual(['_ga', 'consentry'])
  })

  it('reloads the page, so that the tags that ran stop, unless configured not to (reloadOnWithdrawal: false)', async () => {
    const reload = watchReload()
    for (const [option, reloads] of [[undefined, 1], [true, 1], [false, 0]] as const) {
      clearCookies()
      reload.mockClear()
      storedRecord()
      const engine = await freshEngine()
      engine.init({ ...config, reloadOnWithdrawal: option })
      engine.acceptAll()
      expect(reload).not.toHaveBeenCalled()
      engine.rejectAll()
      expect(reload, `reloadOnWithdrawal: ${option}`).toHaveBeenCalledTimes(reloads)
    }
    vi.restoreAllMocks()
  })

  it('reset() reloads, unless configured not to, if the decision it forgets allowed anything, a single service included', async () => {
    const reload = watchReload()
    const reject = { categories: { necessary: true, functional: false, analytics: false, advertising: false }, services: { ga: false, hotjar: false, pixel: false } }
    for (const [stored, reloads] of [
      [{ ...reject, method: 'reject-all' as const }, 0],
      [{ ...reject, services: { ga: true, hotjar: false, pixel: false } }, 1],
      [{}, 1],
    ] as const) {
      clearCookies()
      reload.mockClear()
      storedRecord(stored)
      const engine = await freshEngine()
      engine.init({ ...config, reloadOnWithdrawal: true })
      engine.reset()
      expect(reload, JSON.stringify(stored)).toHaveBeenCalledTimes(reloads)
      expect(engine.getConsent()).toBeNull()
    }
    // Configured not to: no reload.
    reload.mockClear()
    storedRecord()
    const engine = await freshEngine()
    engine.init({ ...config, reloadOnWithdrawal: false })
    engine.reset()
    expect(reload).not.toHaveBeenCalled()
    vi.restoreAllMocks()
  })
})

describe('cookies of refused services, whether taken back or not', () => {
  const everything = { categories: { necessary: true, functional: true, analytics: true, advertising: true }, services: { ga: true, hotjar: true, pixel: true }, method: 'accept-all' as const }
  /** What the vendors' scripts set after an Accept all, with a cookie and a storage key of the site's own. */
  function vendorCookies() {
    document.cookie = '_ga=1; path=/'
    document.cookie = '_ga_ABC=1; path=/; domain=example.com'
    document.cookie = '_hjSessionUser_9=1; path=/'
    document.cookie = '_fbp=1; path=/'
    document.cookie = 'basket=mine; path=/'
    localStorage.setItem('_ga', 'stale')
    localStorage.setItem('basket', 'mine')
  }
  beforeEach(() => localStorage.clear())

  it.each([
    ['the revision changed', { revision: 1 }],
    ['the decision expired', { updatedAt: new Date(Date.now() - 183 * 864e5).toISOString() }],
  ])('are deleted by Reject all once %s, though no valid record allowed them', async (_, stale) => {
    storedRecord({ ...everything, ...stale })
    vendorCookies()
    const engine = await freshEngine()
    const reload = watchReload()
    engine.init({ ...config, reloadOnWithdrawal: true })
    const listener = vi.fn()
    engine.onChange(listener)
    expect(engine.getConsent()).toBeNull()
    engine.rejectAll()

    expect(cookieNames().sort()).toEqual(['basket', 'consentry'])
    expect(Object.keys(localStorage)).toEqual(['basket'])
    // Nothing was taken back from a valid decision: not a withdrawal, and no reload for one.
    expect(engine.getConsent()?.method).toBe('reject-all')
    expect(reload).not.toHaveBeenCalled()
    expect(listener.mock.calls[0][0].changedCategories).toEqual(['necessary', 'functional', 'analytics', 'advertising'])
    vi.restoreAllMocks()
  })

  it('are deleted by a choice that takes nothing back, keeping those of the services it allows', async () => {
    // Allowed analytics only; _fbp came anyway (set again by a script from before, or by a tab that had decided otherwise).
    storedRecord()
    vendorCookies()
    const engine = await freshEngine()
    engine.init(config)
    engine.save({ categories: ['analytics', 'functional'] })
    expect(engine.getConsent()?.method).toBe('custom')
    expect(cookieNames().sort()).toEqual(['_ga', '_ga_ABC', '_hjSessionUser_9', 'basket', 'consentry'])
  })

  it('are deleted when this page adopts a decision made elsewhere that refuses them', async () => {
    storedRecord({ ...everything, revision: 1 })
    vendorCookies()
    const engine = await freshEngine()
    engine.init(config)
    const later = new Date(Date.now() + 6e4).toISOString()
    storedRecord({ updatedAt: later, method: 'reject-all', categories: { necessary: true, functional: false, analytics: false, advertising: false }, services: { ga: false, hotjar: false, pixel: false } })
    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(false)
    document.dispatchEvent(new Event('visibilitychange'))
    hidden.mockRestore()
    await vi.waitFor(() => expect(engine.getConsent()?.method).toBe('reject-all'))
    expect(cookieNames().sort()).toEqual(['basket', 'consentry'])
  })

  it('are kept while another service that declares them too is still allowed', async () => {
    // A site's own config: its tag manager and its analytics both list `_ga` and `_ga_*`.
    const shared = { ...config, services: [...(config.services as ServiceConfig[]), { id: 'tagging', name: 'Server-side tagging', category: 'advertising', cookies: [{ name: '_ga_*' }, { name: '_ga' }] }] }
    storedRecord(everything)
    vendorCookies()
    const engine = await freshEngine()
    engine.init(shared)
    engine.save({ categories: ['advertising'] })
    expect(cookieNames().sort()).toEqual(['_fbp', '_ga', '_ga_ABC', 'basket', 'consentry'])
    expect(Object.keys(localStorage).sort()).toEqual(['_ga', 'basket'])
    engine.rejectAll()
    expect(cookieNames().sort()).toEqual(['basket', 'consentry'])
    expect(Object.keys(localStorage)).toEqual(['basket'])
  })

  it('never take the consent cookie with them, whatever pattern a service declares', async () => {
    const greedy: ConsentryConfig = { ...config, services: [...config.services!, { id: 'greedy', name: 'Greedy', category: 'advertising', cookies: [{ name: 'c*' }] }] }
    storedRecord({ ...everything, revision: 1 })
    const engine = await freshEngine()
    engine.init(greedy)
    engine.save({ categories: ['analytics'] })
    expect(cookieNames()).toContain('consentry')
    // Another tab stores a Reject all; this page adopts it, and the stored record stays.
    const later = new Date(Date.now() + 6e4).toISOString()
    storedRecord({ updatedAt: later, method: 'reject-all', categories: { necessary: true, functional: false, analytics: false, advertising: false }, services: { ga: false, hotjar: false, pixel: false, greedy: false } })
    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(false)
    document.dispatchEvent(new Event('visibilitychange'))
    hidden.mockRestore()
    await vi.waitFor(() => expect(engine.getConsent()?.method).toBe('reject-all'))
    expect(storedConsent()).toMatchObject({ method: 'reject-all', updatedAt: later })
  })

  it('are all deleted by reset(), but for those of necessary services', async () => {
    storedRecord(everything)
    vendorCookies()
    document.cookie = '__cf_bm=1; path=/'
    const engine = await freshEngine()
    engine.init({ ...config, services: [...(config.services as ServiceConfig[]), { id: 'cloudflare', name: 'Cloudflare', category: 'necessary', cookies: [{ name: '__cf_bm' }] }] })
    engine.reset()
    expect(cookieNames().sort()).toEqual(['__cf_bm', 'basket'])
    expect(Object.keys(localStorage)).toEqual(['basket'])
  })

  describe('with services named by catalogue id (script build)', () => {
    const catalogue: Record<string, ServiceConfig> = { hotjar: { id: 'hotjar', name: 'Hotjar', category: 'analytics', cookies: [{ name: '_hjSessionUser_*' }] } }
    const lookupService = (entry: ServiceConfig | string) => (typeof entry == 'string' ? catalogue[entry] : entry)
    const byId: ScriptConfig = { ...config, services: ['hotjar'] }
    const scriptBuild = () => awaitingCatalogue(byId, lookupService)

    it('are deleted by a decision made before the catalogue arrived', async () => {
      storedRecord({ ...everything, revision: 1 })
      vendorCookies()
      const { engine, arrive } = await scriptBuild()
      engine.rejectAll()
      await new Promise((resolve) => setTimeout(resolve))
      expect(cookieNames()).toContain('_hjSessionUser_9')
      arrive()
      await vi.waitFor(() => expect(engine.getConsent()?.method).toBe('reject-all'))
      expect(cookieNames()).not.toContain('_hjSessionUser_9')
    })

    it('are deleted by a reset() made before the catalogue arrived', async () => {
      storedRecord(everything)
      vendorCookies()
      const { engine, arrive } = await scriptBuild()
      engine.reset()
      arrive()
      await vi.waitFor(() => expect(cookieNames()).not.toContain('consentry'))
      expect(cookieNames()).not.toContain('_hjSessionUser_9')
    })
  })
})

describe('returning visitor', () => {
  it('restores a valid decision: no banner, tags run, consent is announced', async () => {
    storedRecord()
    const events = recordEvents()
    document.body.innerHTML = `<script type="text/plain" data-category="analytics" data-service="hotjar">window.ran.push('hotjar')</script>`
    const engine = await freshEngine()
    engine.init(config)
    await vi.waitFor(() => expect(window.ran).toEqual(['hotjar']))
    expect(engine.$view.get()).toBe('none')
    expect(events.map((event) => event.type)).toEqual(['consentry:consent', 'consentry:ready'])
    expect((events[0].detail as ConsentRecord).id).toBe('returning')
  })

  it.each([
    ['the revision changed', () => storedRecord({ revision: 1 })],
    ['the decision expired', () => storedRecord({ updatedAt: new Date(Date.now() - 183 * 864e5).toISOString() })],
    ['the cookie is garbage', () => (document.cookie = 'consentry=%7B%22schema%22%3A1%2C; path=/')],
  ])('asks again when %s, without throwing', async (_, store) => {
    store()
    document.body.innerHTML = `<script type="text/plain" data-category="analytics">window.ran.push('ga')</script>`
    const engine = await freshEngine()
    expect(() => engine.init(config)).not.toThrow()
    await Promise.resolve()
    expect(engine.$view.get()).toBe('banner')
    expect(engine.getConsent()).toBeNull()
    expect(window.ran).toEqual([])
  })

  it('is allowed nothing of a category the config has since removed, whatever the stored record says of it', async () => {
    storedRecord({ categories: { necessary: true, functional: false, analytics: true, advertising: false, marketing: true }, services: { ga: true, hotjar: true, pixel: false, crm: true } })
    const engine = await freshEngine()
    engine.init(config)
    expect(engine.getConsent()?.categories.marketing).toBe(true)
    expect(engine.isAllowed('analytics')).toBe(true)
    expect(engine.isAllowed('marketing')).toBe(false)
    expect(engine.isAllowed('marketing.crm')).toBe(false)
  })

  it('holds back a service the config lists and the record does not name (added since), before any catalogue; the rest of its category runs', async () => {
    // Decided when the config listed Google Analytics alone: Hotjar (by catalogue id) came after.
    storedRecord({ services: { ga: true, pixel: false } })
    document.body.innerHTML = ['hotjar', 'ga', 'matomo', '']
      .map((id) => `<script type="text/plain" data-category="analytics" data-service="${id}">window.ran.push('${id || 'no service'}')</script>`)
      .join('')
    const { engine } = await awaitingCatalogue({ ...config, services: ['hotjar', config.services![0], config.services![2]] }, () => undefined)
    await vi.waitFor(() => expect(window.ran).toEqual(['ga', 'matomo', 'no service']))
    expect(engine.isAllowed('analytics.hotjar')).toBe(false)
    expect(engine.isAllowed('analytics')).toBe(true)
    expect(engine.getConsent()?.services).toEqual({ ga: true, pixel: false, hotjar: false })
  })

  it('runs a necessary service added since, which needs no consent; a tag marked necessary that names a refused service stays blocked', async () => {
    storedRecord({ services: { ga: true, hotjar: false, pixel: false } })
    document.body.innerHTML = ['session', 'hotjar', '']
      .map((id) => `<script type="text/plain" data-category="necessary" data-service="${id}">window.ran.push('${id || 'no service'}')</script>`)
      .join('')
    const session = { id: 'session', name: 'Session', category: 'necessary' }
    const engine = await freshEngine()
    engine.init({ ...config, services: [...config.services!, session] })
    await vi.waitFor(() => expect(window.ran).toEqual(['session', 'no service']))
    expect(engine.getConsent()?.services).toEqual({ ga: true, hotjar: false, pixel: false })
    expect(engine.isAllowed('necessary.session')).toBe(true)
    expect(engine.isAllowed('necessary.hotjar')).toBe(false)
  })

  it('honours a shorter configured lifetime', async () => {
    storedRecord({ updatedAt: new Date(Date.now() - 31 * 864e5).toISOString() })
    const engine = await freshEngine()
    engine.init({ ...config, cookie: { expiresDays: 30 } })
    expect(engine.getConsent()).toBeNull()
  })

  it('reset forgets the decision and asks again', async () => {
    storedRecord()
    const engine = await freshEngine()
    engine.init(config)
    engine.reset()
    expect(cookieNames()).not.toContain('consentry')
    expect(engine.getConsent()).toBeNull()
    expect(engine.$view.get()).toBe('banner')
  })
})

describe('reset, where the cookie setting changed since the decision', () => {
  it('forgets every copy of the record this page can see, whatever its domain or path', async () => {
    // Decided under older settings (host-only, under /shop and /shop/), now on the parent domain: the core reads all four.
    storedRecord()
    const older = document.cookie.split('; ').find((pair) => pair.startsWith('consentry='))
    document.cookie = `${older}; path=/shop`
    document.cookie = `${older}; path=/shop/`
    document.cookie = `${older}; path=/; domain=example.com`
    expect(document.cookie.split('; ').filter((pair) => pair.startsWith('consentry='))).toHaveLength(4)
    const engine = await freshEngine()
    engine.init({ ...config, cookie: { domain: 'example.com' } })
    expect(engine.getConsent()).not.toBeNull()
    engine.reset()
    expect(cookieNames()).not.toContain('consentry')
  })
})

describe('a decision, where the cookie setting changed since the last one', () => {
  const copies = () => document.cookie.split('; ').filter((pair) => pair.startsWith('consentry='))

  it('takes the older copies with it, so a page that sees only one of them cannot run by it, or renew it over this one', async () => {
    // Accepted under path "/"; the site now sets cookie.path "/shop" (this page is /shop/cart).
    storedRecord({ categories: { necessary: true, analytics: true, advertising: true }, services: { ga: true, hotjar: true, pixel: true } })
    const engine = await freshEngine()
    engine.init({ ...config, cookie: { path: '/shop' }, reloadOnWithdrawal: false })
    engine.rejectAll()
    // One copy left, the new one: none on "/" for the home page to find.
    expect(copies()).toHaveLength(1)
    expect(storedConsent()).toMatchObject({ method: 'withdrawal' })
    document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/shop'
    expect(copies()).toEqual([])
  })

  it('keeps the stored copy where the config writes it, host-only or on a parent domain, in whatever case the config spells it', async () => {
    for (const cookie of [{}, { domain: 'example.com' }, { domain: '.Example.COM' }]) {
      const engine = await freshEngine()
      engine.init({ ...config, cookie })
      engine.acceptAll()
      expect(copies()).toHaveLength(1)
      expect(storedConsent()).toMatchObject({ method: 'accept-all' })
      clearCookies()
    }
  })
})

describe('tags a single-page app adds after the page was parsed', () => {
  it('run when allowed, stay held back when not, like those in the HTML', async () => {
    storedRecord()
    const engine = await freshEngine()
    engine.init(config)
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div><script type="text/plain" data-category="analytics" data-service="ga">window.ran.push('ga')</script>
       <script type="text/plain" data-category="advertising">window.ran.push('ads')</script></div>`,
    )
    await vi.waitFor(() => expect(window.ran).toEqual(['ga']))
    const image = Object.assign(document.createElement('img'), { alt: '' })
    image.setAttribute('data-category', 'analytics')
    image.setAttribute('data-src', '/pixel.gif')
    document.body.append(image)
    await vi.waitFor(() => expect(image.getAttribute('src')).toBe('/pixel.gif'))
    await new Promise((resolve) => setTimeout(resolve))
    expect(window.ran).toEqual(['ga'])
  })

  it("cost no look at the whole page when the app's other changes come", async () => {
    storedRecord()
    const engine = await freshEngine()
    engine.init(config)
    await new Promise((resolve) => setTimeout(resolve))
    const scan = vi.spyOn(document, 'querySelectorAll')
    const list = document.createElement('ul')
    document.body.append(list)
    for (let i = 0; i < 20; i++) list.insertAdjacentHTML('beforeend', `<li>${i}</li>`)
    list.firstChild!.textContent = 'changed'
    await new Promise((resolve) => setTimeout(resolve))
    expect(scan).not.toHaveBeenCalled()
    list.insertAdjacentHTML('beforeend', `<li><script type="text/plain" data-category="analytics">window.ran.push('late')</script></li>`)
    await vi.waitFor(() => expect(window.ran).toEqual(['late']))
    expect(scan).toHaveBeenCalled()
  })

  it('bring the UI for a cookie declaration added later, on a page that had no banner to show', async () => {
    storedRecord()
    const engine = await freshEngine()
    const mount = vi.fn()
    engine.configure({ loadUI: () => Promise.resolve(mount) })
    engine.init(config)
    await new Promise((resolve) => setTimeout(resolve))
    expect(mount).not.toHaveBeenCalled()
    document.body.insertAdjacentHTML('beforeend', '<section data-consentry="declaration"></section>')
    await vi.waitFor(() => expect(mount).toHaveBeenCalledTimes(1))
  })
})

describe('a decision made in another tab, or on another page while this one was in the back/forward cache', () => {
  const later = (minutes: number) => new Date(Date.now() + minutes * 6e4).toISOString()
  /** What a page hears when it comes back into view: hidden first, then visible. */
  function comeBackIntoView() {
    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(true)
    document.dispatchEvent(new Event('visibilitychange'))
    hidden.mockReturnValue(false)
    document.dispatchEvent(new Event('visibilitychange'))
    hidden.mockRestore()
  }

  it('takes effect when the page comes back into view: the banner goes, the tags run, the page is told', async () => {
    const events = recordEvents()
    document.body.innerHTML = `<script type="text/plain" data-category="analytics" data-service="hotjar">window.ran.push('hotjar')</script>`
    const engine = await freshEngine()
    engine.init(config)
    const listener = vi.fn()
    engine.onChange(listener)
    storedRecord({ id: 'other-tab', updatedAt: later(1) })
    await Promise.resolve()
    // Not before the visitor is back on this page.
    expect(engine.$view.get()).toBe('banner')

    comeBackIntoView()
    await vi.waitFor(() => expect(window.ran).toEqual(['hotjar']))
    expect(engine.$view.get()).toBe('none')
    expect(engine.getConsent()).toMatchObject({ id: 'other-tab', method: 'custom' })
    expect(events.map((event) => event.type)).toEqual(['consentry:ready', 'consentry:consent', 'consentry:change'])
    expect(listener).toHaveBeenCalledTimes(1)
    expect(listener.mock.calls[0][0].changedCategories).toEqual(['necessary', 'functional', 'analytics', 'advertising'])
  })

  it('takes effect at once where the browser says its cookie changed, even in a page that stays in view', async () => {
    const cookieStore = new EventTarget()
    Object.assign(window, { cookieStore })
    // As the browser reports a change: the cookies set (changed) and those deleted.
    const change = (...names: string[]) =>
      cookieStore.dispatchEvent(Object.assign(new Event('change'), { changed: names.map((name) => ({ name, value: '' })), deleted: [] }))
    try {
      const engine = await freshEngine()
      engine.init(config)
      storedRecord({ id: 'other-window', updatedAt: later(1) })
      const read = vi.spyOn(document, 'cookie', 'get')
      // The page's other cookies, set as its tags run, cost no look at the cookies.
      change('_ga', '_fbp')
      expect(read).not.toHaveBeenCalled()
      expect(engine.getConsent()).toBeNull()
      change('_ga', 'consentry')
      expect(engine.getConsent()?.id).toBe('other-window')
      expect(engine.$view.get()).toBe('none')
    } finally {
      vi.restoreAllMocks()
      delete (window as { cookieStore?: EventTarget }).cookieStore
    }
  })

  it('a withdrawal made elsewhere takes back here what it took back there, cookies included; reloads only when configured', async () => {
    storedRecord({ categories: { necessary: true, analytics: true, advertising: true }, services: { ga: true, hotjar: true, pixel: true } })
    const engine = await freshEngine()
    const reload = watchReload()
    engine.init({ ...config, reloadOnWithdrawal: true })
    const listener = vi.fn()
    engine.onChange(listener)
    // Set again by this page's still-running scripts after the other tab deleted them.
    document.cookie = '_ga=1; path=/'
    document.cookie = '_fbp=1; path=/'
    storedRecord({ updatedAt: later(1), method: 'withdrawal', categories: { necessary: true, analytics: false, advertising: true }, services: { ga: false, hotjar: false, pixel: true } })

    comeBackIntoView()
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1))
    expect(engine.isAllowed('analytics')).toBe(false)
    expect(listener.mock.calls[0][0].changedCategories).toEqual(['analytics'])
    expect(cookieNames().sort()).toEqual(['_fbp', 'consentry'])
    expect(reload).toHaveBeenCalledTimes(1)
    vi.restoreAllMocks()
  })

  it('changes nothing for a record no newer than the page\'s, or while the page is hidden', async () => {
    storedRecord()
    const engine = await freshEngine()
    engine.init(config)
    const listener = vi.fn()
    engine.onChange(listener)
    comeBackIntoView()
    await new Promise((resolve) => setTimeout(resolve))
    expect(listener).not.toHaveBeenCalled()

    storedRecord({ updatedAt: later(1), categories: { necessary: true, advertising: true }, services: {} })
    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(true)
    document.dispatchEvent(new Event('visibilitychange'))
    hidden.mockRestore()
    await new Promise((resolve) => setTimeout(resolve))
    expect(engine.isAllowed('advertising')).toBe(false)

    comeBackIntoView()
    await vi.waitFor(() => expect(engine.isAllowed('advertising')).toBe(true))
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('a reset() elsewhere forgets the decision here too: refused cookies go, the banner asks again, the page reloads when configured', async () => {
    storedRecord({ categories: { necessary: true, analytics: true, advertising: false }, services: { ga: true, hotjar: true, pixel: false } })
    const engine = await freshEngine()
    const reload = watchReload()
    engine.init({ ...config, reloadOnWithdrawal: true })
    expect(engine.isAllowed('analytics')).toBe(true)
    // The other tab's reset() deleted the record; this page's scripts still set their cookies.
    document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
    document.cookie = '_ga=1; path=/'

    comeBackIntoView()
    await vi.waitFor(() => expect(engine.getConsent()).toBeNull())
    expect(engine.isAllowed('analytics')).toBe(false)
    expect(engine.$view.get()).toBe('banner')
    expect(cookieNames()).toEqual([])
    expect(reload).toHaveBeenCalledTimes(1)
    vi.restoreAllMocks()
  })

  it('a reset(), here or elsewhere, is announced by consentry:forget, not as a decision: by then getConsent() is null and nothing is allowed', async () => {
    storedRecord()
    const engine = await freshEngine()
    engine.init({ ...config, reloadOnWithdrawal: false })
    const decisions = vi.fn()
    engine.onChange(decisions)
    const heard: { forgotten: unknown; now: unknown; analytics: boolean }[] = []
    const listener = (event: WindowEventMap['consentry:forget']) =>
      heard.push({ forgotten: event.detail.consent, now: engine.getConsent(), analytics: engine.isAllowed('analytics') })
    window.addEventListener('consentry:forget', listener)
    try {
      engine.reset()
      expect(heard).toEqual([{ forgotten: expect.objectContaining({ id: 'returning', method: 'custom' }), now: null, analytics: false }])
      // Nothing left to forget: still said, with none.
      engine.reset()
      expect(heard[1]).toEqual({ forgotten: null, now: null, analytics: false })

      // Decided here, then reset() in another tab deleted the record.
      engine.acceptAll()
      document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
      comeBackIntoView()
      await vi.waitFor(() => expect(heard).toHaveLength(3))
      expect(heard[2]).toEqual({ forgotten: expect.objectContaining({ method: 'accept-all' }), now: null, analytics: false })
      // Only the Accept all was a decision.
      expect(decisions.mock.calls.map(([change]) => change.consent.method)).toEqual(['accept-all'])
    } finally {
      window.removeEventListener('consentry:forget', listener)
    }
  })

  it('a decision made here and forgotten elsewhere, or replaced by one under a newer revision, no longer stands here', async () => {
    const engine = await freshEngine()
    engine.init({ ...config, reloadOnWithdrawal: false })
    engine.acceptAll()
    expect(storedConsent()).toMatchObject({ method: 'accept-all' })
    // A page of the site's newer config (revision 3) stored its own answer, which may be a refusal.
    storedRecord({ revision: 3, updatedAt: later(1), method: 'reject-all' })
    comeBackIntoView()
    await vi.waitFor(() => expect(engine.getConsent()).toBeNull())
    expect(engine.$view.get()).toBe('banner')
    expect(engine.isAllowed('advertising')).toBe(false)
    // That answer is not this page's to delete: pages of the newer config read it.
    expect(storedConsent()).toMatchObject({ revision: 3, method: 'reject-all' })
  })

  it('keeps a decision this page could not store, rather than fall back to none', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const engine = await freshEngine()
    engine.init(config)
    const refuse = vi.spyOn(document, 'cookie', 'set').mockImplementation(() => {})
    engine.acceptAll()
    refuse.mockRestore()
    comeBackIntoView()
    await new Promise((resolve) => setTimeout(resolve))
    expect(engine.getConsent()?.method).toBe('accept-all')
    expect(engine.$view.get()).toBe('none')
    vi.restoreAllMocks()
  })

  it('waits for the decision engine where it is fetched (script build), and takes effect once when told twice meanwhile', async () => {
    const engine = await freshEngine({ bundled: false })
    let arrive: (value: typeof engine.decisionEngine) => void = () => {}
    const fetched = new Promise<typeof engine.decisionEngine>((resolve) => (arrive = resolve))
    const loadEngine = vi.fn(() => fetched)
    engine.configure({ loadEngine })
    engine.init(config)
    const listener = vi.fn()
    engine.onChange(listener)
    comeBackIntoView()
    // Nothing newer stored: the engine is not fetched.
    expect(loadEngine).not.toHaveBeenCalled()
    storedRecord({ updatedAt: later(1) })
    comeBackIntoView()
    comeBackIntoView()
    expect(loadEngine).toHaveBeenCalled()
    expect(engine.getConsent()).toBeNull()
    arrive(engine.decisionEngine)
    await vi.waitFor(() => expect(engine.getConsent()?.id).toBe('returning'))
    await new Promise((resolve) => setTimeout(resolve))
    expect(listener).toHaveBeenCalledTimes(1)
  })
})

describe('a catalogue fetched on demand (script build, loadCatalogue)', () => {
  // The script build's catalogue: ids in config.services become entries; 'nope' is not one.
  const catalogue: Record<string, ServiceConfig> = { hotjar: { id: 'hotjar', name: 'Hotjar', category: 'analytics' } }
  const lookupService = (entry: ServiceConfig | string) => (typeof entry == 'string' ? catalogue[entry] : entry)
  const byId: ScriptConfig = { ...config, services: ['hotjar', 'nope', { id: 'pixel', name: 'Facebook Pixel', category: 'advertising' }] }

  it('is not fetched for a returning visitor: tags run, and nothing is reported until the UI needs the services', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    storedRecord()
    document.body.innerHTML = `<script type="text/plain" data-category="analytics" data-service="hotjar">window.ran.push('hotjar')</script>`
    const engine = await freshEngine()
    const loadCatalogue = vi.fn(() => Promise.resolve(lookupService))
    // As the preferences do: they show the services, so they wait for them.
    const mount = vi.fn((host: UIHost) => void host.servicesReady())
    engine.configure({ loadCatalogue, loadUI: () => Promise.resolve(mount) })
    engine.init(byId)
    await vi.waitFor(() => expect(window.ran).toEqual(['hotjar']))
    expect(loadCatalogue).not.toHaveBeenCalled()
    expect(error).not.toHaveBeenCalled()

    engine.showPreferences()
    await vi.waitFor(() => expect(mount).toHaveBeenCalledTimes(1))
    expect(loadCatalogue).toHaveBeenCalledTimes(1)
    // The UI gets every service, in the config's order, and the one wrong id is reported once.
    expect(mount.mock.calls[0][0].config.services.map((service: ServiceConfig) => service.id)).toEqual(['hotjar', 'pixel'])
    expect(error.mock.calls.map((call) => call[0])).toEqual(['[consentry] config.services[1]: expected the id of a catalogued service, got "nope": the service is left out, and a decision refuses it, so its tags stay blocked.'])
    vi.restoreAllMocks()
  })

  it('is not fetched for the banner, which names no service; servicesReady fetches it for what does, and tells when the services are in', async () => {
    const engine = await freshEngine()
    let arrive: (lookup: typeof lookupService) => void = () => {}
    const loadCatalogue = vi.fn(() => new Promise<typeof lookupService>((resolve) => (arrive = resolve)))
    const mount = vi.fn()
    engine.configure({ loadCatalogue, loadUI: () => Promise.resolve(mount) })
    engine.init({ ...byId, services: ['hotjar'] })
    await vi.waitFor(() => expect(mount).toHaveBeenCalledTimes(1))
    await new Promise((resolve) => setTimeout(resolve))
    expect(loadCatalogue).not.toHaveBeenCalled()
    const host = mount.mock.calls[0][0]
    expect(host.config.services).toEqual([])
    let ready = false
    void host.servicesReady().then(() => (ready = true))
    await new Promise((resolve) => setTimeout(resolve))
    expect(ready).toBe(false)
    arrive(lookupService)
    await vi.waitFor(() => expect(ready).toBe(true))
    expect(host.config.services.map((service: ServiceConfig) => service.id)).toEqual(['hotjar'])
    expect(loadCatalogue).toHaveBeenCalledTimes(1)
  })

  it('is waited for by a decision, which then covers the catalogued services', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { engine, arrive } = await awaitingCatalogue(byId, lookupService)
    engine.save({ categories: ['analytics'] })
    await new Promise((resolve) => setTimeout(resolve))
    expect(engine.getConsent()).toBeNull()
    arrive()
    // 'nope', no catalogued id, is refused: a tag naming it stays blocked.
    await vi.waitFor(() => expect(engine.getConsent()?.services).toEqual({ hotjar: true, pixel: false, nope: false }))
    vi.restoreAllMocks()
  })
})

describe('the page and the API', () => {
  it('opens the preferences from any element marked data-consentry="preferences"', async () => {
    storedRecord()
    document.body.innerHTML = `<footer><a href="#cookies" data-consentry="preferences"><span>Cookie settings</span></a></footer>`
    const engine = await freshEngine()
    engine.init(config)
    const click = new MouseEvent('click', { bubbles: true, cancelable: true })
    document.querySelector('span')?.dispatchEvent(click)
    expect(engine.$view.get()).toBe('preferences')
    expect(click.defaultPrevented).toBe(true)
  })

  it('shows and hides the banner and preferences on request', async () => {
    storedRecord()
    const engine = await freshEngine()
    engine.init(config)
    engine.showBanner()
    expect(engine.$view.get()).toBe('banner')
    engine.showPreferences()
    expect(engine.$view.get()).toBe('preferences')
    engine.hide()
    expect(engine.$view.get()).toBe('none')
    expect(engine.getConsent()?.id).toBe('returning')
  })

  it('warns when init runs twice and keeps the first config', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const engine = await freshEngine()
    engine.init(config)
    engine.init({ revision: 9 })
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[consentry\] init\(\) was called a second time/))
    expect(engine.$config.get()?.revision).toBe(2)
  })

  it('starts only one instance when two copies of Consentry are on the page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const first = await freshEngine()
    first.init(config)
    vi.resetModules()
    const second = await import('../../../src/core/api')
    const secondState = await import('../../../src/core/state')
    second.init(config)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(secondState.$view.get()).toBe('none')
    expect(first.$view.get()).toBe('banner')
  })

  it('says, where a second copy\'s API is used, that another copy may run the page (not only that init was never called)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const first = await freshEngine()
    first.init(config)
    const second = await freshEngine()
    ;(window as unknown as Record<symbol, unknown>)[Symbol.for('consentry')] = true
    second.init(config)
    second.rejectAll()
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^\[consentry\] Consentry has not started yet, .* Where the console said init\(\) was called a second time, another copy of Consentry runs this page: call its API/))
    expect(first.getConsent()).toBeNull()
  })

  it('says so when the API is used before init, and changes nothing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const engine = await freshEngine()
    engine.acceptAll()
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^\[consentry\] Consentry has not started yet, so nothing was changed: in an app, call init\(config\) first; beside consentry.js, wait for its consentry:ready event/))
    expect(cookieNames()).toEqual([])
  })

  it('logs each config problem and still blocks everything', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    document.body.innerHTML = `<script type="text/plain" data-category="stats">window.ran.push('stats')</script>`
    const engine = await freshEngine()
    engine.init({ ...config, services: [...(config.services ?? []), { id: 'ga', name: 'Again', category: 'analytics' }] })
    engine.acceptAll()
    await vi.waitFor(() => expect(error).toHaveBeenCalledTimes(2))
    expect(error.mock.calls.map((call) => call[0])).toEqual([
      '[consentry] config.services[3].id: expected an id no other service has, got "ga".',
      expect.stringContaining('[consentry] <script data-category="stats"> (inline) names a category the config does not have'),
    ])
    expect(window.ran).toEqual([])
  })

  it('fetches the words for config problems (script build) only when the config has one', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    storedRecord()
    const sound = await freshEngine({ bundled: false })
    const fetchWords = vi.fn(sound.explainProblems)
    sound.configure({ explainProblems: fetchWords })
    sound.init(config)
    expect(fetchWords).not.toHaveBeenCalled()

    const faulty = await freshEngine({ bundled: false })
    faulty.configure({ explainProblems: (problems, categories) => Promise.resolve(faulty.explainProblems(problems, categories)) })
    faulty.init({ ...config, revision: 2, cookie: { sameSite: 'lax' as never } })
    await vi.waitFor(() =>
      expect(error).toHaveBeenCalledWith('[consentry] config.cookie.sameSite: expected "Lax", "Strict" or "None", got "lax".'),
    )
    expect(faulty.getConsent()?.id).toBe('returning')
  })

  it('still names the faulty paths with what they were given, and the kind of any other problem, when the words cannot be fetched', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const engine = await freshEngine({ bundled: false })
    engine.configure({ explainProblems: () => Promise.reject(new Error('offline')) })
    engine.init({ ...config, reloadOnWithdrawal: 'yes' as never })
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith('[consentry] config.reloadOnWithdrawal: yes (consentry-messages.js did not load to say more)'))
    // What is not about a config value: its kind, which the words would have said.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    engine.init(config)
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('[consentry] init.twice (consentry-messages.js did not load to say more)'))
    // And what it was told, such as the file that did not load (most likely on the same failing network).
    engine.configure({ loadEngine: () => Promise.reject(new Error('could not load https://cdn.example/consentry-engine.js')) })
    engine.acceptAll()
    await vi.waitFor(() =>
      expect(error).toHaveBeenCalledWith(
        '[consentry] load.engine: could not load https://cdn.example/consentry-engine.js (consentry-messages.js did not load to say more)',
      ),
    )
  })

  it('returns a frozen copy from getConsent, so the page cannot change the stored decision', async () => {
    const engine = await freshEngine()
    engine.init(config)
    engine.rejectAll()
    const consent = engine.getConsent() as ConsentRecord
    expect(() => (consent.categories.analytics = true)).toThrow(TypeError)
    expect(() => ((consent as { method: string }).method = 'accept-all')).toThrow(TypeError)
    expect(engine.isAllowed('analytics')).toBe(false)
    expect(engine.getConsent()?.categories.analytics).toBe(false)
  })

  it('hands out frozen copies in its events too: consentry:ready, consentry:consent, consentry:change and consentry:forget', async () => {
    storedRecord()
    const heard: [string, unknown][] = []
    const types = ['consentry:ready', 'consentry:consent', 'consentry:change', 'consentry:forget'] as const
    const listener = (event: Event) => {
      const detail = (event as CustomEvent).detail
      heard.push([event.type, event.type == 'consentry:consent' ? detail : detail.consent])
    }
    types.forEach((type) => window.addEventListener(type, listener))
    try {
      const engine = await freshEngine()
      engine.init({ ...config, reloadOnWithdrawal: false })
      engine.acceptAll()
      engine.reset()
      expect(heard.map(([type]) => type)).toEqual(['consentry:consent', 'consentry:ready', 'consentry:consent', 'consentry:change', 'consentry:forget'])
      for (const [type, consent] of heard) {
        const { categories } = consent as ConsentRecord
        expect([type, Object.isFrozen(consent), Object.isFrozen(categories)]).toEqual([type, true, true])
        expect(() => (categories.analytics = false)).toThrow(TypeError)
      }
    } finally {
      types.forEach((type) => window.removeEventListener(type, listener))
    }
  })

  it("returns the same copy until the decision changes, as React's useSyncExternalStore needs of a snapshot", async () => {
    const engine = await freshEngine()
    engine.init(config)
    expect(engine.getConsent()).toBeNull()
    engine.rejectAll()
    const first = engine.getConsent()
    expect(engine.getConsent()).toBe(first)
    let announced: unknown
    engine.onChange(({ consent }) => (announced = consent))
    engine.acceptAll()
    expect(engine.getConsent()).not.toBe(first)
    expect(engine.getConsent()).toBe(announced)
    expect(engine.getConsent()?.categories.analytics).toBe(true)
  })
})

describe('consent log', () => {
  it('sends each decision as JSON to the site endpoint with sendBeacon', async () => {
    const beacon = vi.fn((_url: string, _data: Blob) => true)
    Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true })
    const engine = await freshEngine()
    engine.init({ ...config, consentLog: { url: '/consent-log' } })
    engine.acceptAll()
    expect(beacon).toHaveBeenCalledTimes(1)
    const [url, blob] = beacon.mock.calls[0]
    expect(url).toBe('/consent-log')
    expect(blob.type).toBe('application/json')
    const body = JSON.parse(await blob.text())
    expect(body.consent).toEqual(engine.getConsent())
    // The page's address without its fragment (this one has `#cookies`) or query, which can hold what no log should get.
    expect(location.hash).not.toBe('')
    expect(body.page).toBe(location.origin + location.pathname)
    expect(body.stored).toBe(true)
    // A call that names no source is the page's own code.
    expect(body.source).toBe('api')
  })

  it('says where each decision was made: the source a call names, or "api" (also for an event handed to it); a malformed name is said and logged as "api"', async () => {
    const beacon = vi.fn((_url: string, _data: Blob) => true)
    Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true })
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const engine = await freshEngine()
    engine.init({ ...config, consentLog: { url: '/consent-log' } })
    engine.acceptAll('banner')
    engine.save({ categories: ['analytics'] }, 'own-banner_2')
    engine.rejectAll('preferences')
    engine.save({ categories: [] }, 'x'.repeat(33))
    // What `onClick={acceptAll}` or addEventListener('click', rejectAll) hands it: no source, and nothing to say.
    engine.acceptAll(new MouseEvent('click'))
    engine.rejectAll({ nativeEvent: {}, target: document.body })
    const sources = await Promise.all(beacon.mock.calls.map(async ([, blob]) => JSON.parse(await blob.text()).source))
    expect(sources).toEqual(['banner', 'own-banner_2', 'preferences', 'api', 'api', 'api'])
    expect(error).toHaveBeenCalledTimes(1)
    expect(error.mock.calls[0][0]).toBe(`[consentry] a decision's source is a name of letters, digits, _ and - (at most 32), not "${'x'.repeat(33)}": logged as "api".`)
    vi.restoreAllMocks()
  })

  it('says when the browser did not store the decision, which then held for that page only', async () => {
    const beacon = vi.fn((_url: string, _data: Blob) => true)
    Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true })
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const engine = await freshEngine()
    engine.init({ ...config, consentLog: { url: '/consent-log' } })
    const refuse = vi.spyOn(document, 'cookie', 'set').mockImplementation(() => {})
    engine.acceptAll()
    refuse.mockRestore()
    const body = JSON.parse(await beacon.mock.calls[0][1].text())
    expect(body).toMatchObject({ consent: { method: 'accept-all' }, stored: false })
    vi.restoreAllMocks()
  })

  it('falls back to fetch with keepalive when sendBeacon refuses', async () => {
    Object.defineProperty(navigator, 'sendBeacon', { value: () => false, configurable: true })
    const fetch = vi.spyOn(window, 'fetch').mockResolvedValue(new Response('', { status: 204 }))
    const engine = await freshEngine()
    engine.init({ ...config, consentLog: { url: '/consent-log' } })
    engine.rejectAll()
    expect(fetch).toHaveBeenCalledTimes(1)
    const [url, init] = fetch.mock.calls[0]
    expect(url).toBe('/consent-log')
    expect(init).toMatchObject({ method: 'POST', keepalive: true })
    expect(JSON.parse(init?.body as string).consent.method).toBe('reject-all')
  })

  it('sends to another origin with fetch, without credentials, never a beacon (which always carries them)', async () => {
    const beacon = vi.fn(() => true)
    Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true })
    const fetch = vi.spyOn(window, 'fetch').mockResolvedValue(new Response('', { status: 204 }))
    const engine = await freshEngine()
    engine.init({ ...config, consentLog: { url: 'https://api.example.org/consent-log' } })
    engine.acceptAll()
    expect(beacon).not.toHaveBeenCalled()
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(fetch.mock.calls[0][1]).toMatchObject({ method: 'POST', keepalive: true, credentials: 'same-origin' })
  })

  it('retries a failing endpoint a bounded number of times, then warns, without an unhandled rejection', async () => {
    vi.useFakeTimers()
    Object.defineProperty(navigator, 'sendBeacon', { value: undefined, configurable: true })
    const fetch = vi.spyOn(window, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'))
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const engine = await freshEngine()
    engine.init({ ...config, consentLog: { url: '/consent-log' } })
    engine.acceptAll()
    expect(engine.getConsent()?.method).toBe('accept-all')
    await vi.runAllTimersAsync()
    expect(fetch).toHaveBeenCalledTimes(3)
    expect(warn).toHaveBeenCalledWith(
      '[consentry] could not send the decision to consentLog.url "/consent-log" (Failed to fetch). The choice itself is stored.',
    )
    vi.useRealTimers()
  })
})
