import { afterEach, describe, expect, it, vi } from 'vitest'
import { explainProblems } from '../../../src/core/messages'
import type { ConfigProblem, ConsentryConfig } from '../../../src/core/types'
import { makeConfig } from '../integrations/fixtures'

// The check runs once a page: a fresh module each time.
async function check(body: string, given: unknown, config = makeConfig({ siteName: 'Shop', revision: 3 }, false)): Promise<string[]> {
  vi.resetModules()
  const { checkSetUp } = await import('../../../src/core/setup-check')
  document.body.innerHTML = body
  window.consentryConfig = given as ConsentryConfig
  const tell = vi.fn()
  checkSetUp({ config, tell })
  checkSetUp({ config, tell })
  return tell.mock.calls.flatMap(([problems]) => explainProblems(problems as ConfigProblem[], config.categories))
}

describe('the page’s set-up, checked at the first decision', () => {
  afterEach(() => {
    delete window.consentryConfig
    document.head.innerHTML = ''
  })

  it('says, once, when window.consentryConfig holds a revision or siteName the config Consentry runs on does not (set after consentry.js ran)', async () => {
    const defaults = makeConfig(undefined, false)
    const late = await check('', { siteName: 'Shop', revision: 3 }, defaults)
    expect(late).toEqual([expect.stringMatching(/^window\.consentryConfig is not the config Consentry runs on: it was set after consentry\.js read it .* \(see the README, "Script optimizers"\)\.$/)])
    expect(await check('', { revision: 3 }, defaults)).toEqual(late)
    expect(await check('', { siteName: 'Shop' }, defaults)).toEqual(late)
  })

  it('is silent when the config is the one it runs on, absent (data-config), or holds only values the config check refused', async () => {
    expect(await check('', { siteName: 'Shop', revision: 3 })).toEqual([])
    expect(await check('', undefined)).toEqual([])
    // A revision that is no whole number runs as 0, and the config check says so: no second, wrong, message.
    expect(await check('', { revision: '3' }, makeConfig(undefined, false))).toEqual([])
  })

  it('names the data-config file as the config in use, when the page gives both', async () => {
    document.head.innerHTML = '<script data-config="/consent.json"></script>'
    expect(await check('', { revision: 9 })).toEqual(['window.consentryConfig is not the config Consentry runs on: the data-config file takes its place; give the config one way only.'])
  })

  it('names each iframe, image or stylesheet marked data-category whose address is in src or href, which the browser loaded before any consent', async () => {
    const told = await check(
      `<iframe data-category="social" src="https://www.youtube-nocookie.com/embed/x"></iframe>
       <img data-category="advertising" src="https://px.example/p.gif">
       <link rel="stylesheet" data-category="functional" href="https://fonts.example/f.css">
       <iframe data-category="social" data-src="https://held.example/e" src="about:blank"></iframe>
       <img data-category="advertising" data-src="https://held.example/p.gif">
       <img data-category="necessary" src="/logo.png">`,
      undefined,
    )
    // Held back (data-src, even with a stand-in src, or once shown after consent) or necessary: not named.
    expect(told).toEqual([
      '<iframe data-category="social" src="https://www.youtube-nocookie.com/embed/x"> is not held back: its address is in src, so the browser loaded it without waiting for consent. Write it as data-src instead (see the README, "Drop it into a site").',
      '<img data-category="advertising" src="https://px.example/p.gif"> is not held back: its address is in src, so the browser loaded it without waiting for consent. Write it as data-src instead (see the README, "Drop it into a site").',
      '<link rel="stylesheet" data-category="functional" href="https://fonts.example/f.css"> is not held back: its address is in href, so the browser loaded it without waiting for consent. Write it as data-href instead (see the README, "Drop it into a site").',
    ])
  })

  it('warns when the floating button is off and the page has no other way back to the choices', async () => {
    const noButton = makeConfig({ siteName: 'Shop', revision: 3, ui: { reopenButton: false } }, false)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    vi.resetModules()
    const { words, tell } = await import('../../../src/core/log')
    words.explain = explainProblems
    const { checkSetUp } = await import('../../../src/core/setup-check')
    document.body.innerHTML = '<footer><a href="/privacy">Privacy</a></footer>'
    checkSetUp({ config: noButton, tell })
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringMatching(/ui\.reopenButton is false and this page has no element marked data-consentry="preferences": .* or keep the button\.$/)))
    vi.resetModules()
    warn.mockClear()
    const again = await import('../../../src/core/setup-check')
    document.body.innerHTML = '<footer><a href="#" data-consentry="preferences">Cookie settings</a></footer>'
    again.checkSetUp({ config: noButton, tell })
    await new Promise((resolve) => setTimeout(resolve))
    expect(warn).not.toHaveBeenCalled()
    vi.restoreAllMocks()
  })

  it('names each element whose data-consentry value Consentry does nothing with, such as a misspelt "Cookie settings" link', async () => {
    const told = await check(
      `<a href="#" data-consentry="preferences">Cookie settings</a>
       <div data-consentry="declaration"></div>
       <a href="#" data-consentry="preference">Cookie settings</a>
       <button data-consentry="Preferences">Cookies</button>`,
      undefined,
    )
    expect(told).toEqual([
      '<a href="#" data-consentry="preference"> does nothing: Consentry knows data-consentry="preferences" (a click opens the preferences) and data-consentry="declaration" (filled with the cookie declaration), written exactly so.',
      expect.stringMatching(/^<button data-consentry="Preferences"> does nothing: /),
    ])
  })

  it('names vanilla-cookieconsent left on the page: its data-cc links, which do nothing, and its own script, which runs tags on its own consent', async () => {
    expect(await check('<a href="#" data-cc="show-preferencesModal">Cookie settings</a>', undefined)).toEqual([
      expect.stringMatching(/^<a href="#" data-cc="show-preferencesModal"> is vanilla-cookieconsent's, which Consentry does not read: a click on it does nothing\. For "show-preferencesModal" write data-consentry="preferences"/),
    ])
    const running = /^vanilla-cookieconsent runs on this page too: .* Remove its script and its CookieConsent\.run\(\)/
    expect(await check('<div id="cc-main"></div>', undefined)).toEqual([expect.stringMatching(running)])
    Object.assign(window, { CookieConsent: { run() {}, acceptedCategory() {} } })
    try {
      expect(await check('', undefined)).toEqual([expect.stringMatching(running)])
      // Cookiebot's window.CookieConsent is another tool's: not taken for vanilla-cookieconsent.
      Object.assign(window, { CookieConsent: { consent: {}, renew() {} } })
      expect(await check('', undefined)).toEqual([])
    } finally {
      delete (window as { CookieConsent?: unknown }).CookieConsent
    }
    expect(await check('', undefined)).toEqual([])
  })

  it('names each script marked data-category that is not text/plain, by its tag as the page has it', async () => {
    const told = await check(
      `<script type="text/plain" data-category="analytics" src="https://held.example/a.js"></script>
       <script data-category="analytics" src="https://ran.example/a.js"></script>
       <script type="text/rocketlazyloadscript" data-category="analytics" data-rocket-src="https://later.example/a.js"></script>
       <script data-category="necessary" src="https://login.example/a.js"></script>`,
      undefined,
    )
    // The necessary one is not named: it needs no consent, and runs at once anyway.
    expect(told).toEqual([
      expect.stringMatching(/^<script data-category="analytics" src="https:\/\/ran\.example\/a\.js"> is not held back: its type is missing, not "text\/plain", so the browser ran it without waiting for consent\. Something rewrote it/),
      expect.stringMatching(
        /^<script type="text\/rocketlazyloadscript" data-category="analytics" data-rocket-src="https:\/\/later\.example\/a\.js"> is not held back: its type is "text\/rocketlazyloadscript", not "text\/plain", so Consentry never runs it, and whatever gave it that type may run it itself, without consent\./,
      ),
    ])
  })
})

describe('a file beside consentry.js that loaded but does not fit it', () => {
  it('is said to be most likely of another release', () => {
    expect(explainProblems([['', 'load.ui', 'consentry-ui.en.js did not register']], [])).toEqual([
      expect.stringMatching(/^could not load the consent interface \(consentry-ui\.en\.js did not register: is this file of the same release as consentry\.js\? .* keep each release in a folder of its own\); nothing was changed\.$/),
    ])
    expect(explainProblems([['', 'load.engine', 'e.decide is not a function']], [])[0]).toMatch(/is not a function: is this file of the same release/)
    // Not for a file that could not be fetched: that says what happened.
    expect(explainProblems([['', 'load.engine', 'could not load https://x.example/consentry-engine.js']], [])).toEqual([
      'could not load the consent engine (could not load https://x.example/consentry-engine.js); nothing was changed.',
    ])
  })
})

describe('the engine beside a consentry.js of an older release, whose host has no tell()', () => {
  afterEach(() => {
    vi.useRealTimers()
    document.cookie = 'consentry=; max-age=0; path=/'
  })

  it('still makes the decision (a withdrawal above all), and the failed check still reaches the console', async () => {
    vi.useFakeTimers()
    vi.resetModules()
    const { decisionEngine } = await import('../../../src/core/decision')
    const { fakeHost } = await import('../ui/fake-host')
    const { host } = fakeHost({})
    const older = { ...host, tell: undefined } as unknown as typeof host
    const decision = decisionEngine.decide(older, 'reject-all')
    expect(decision?.consent.method).toBe('reject-all')
    expect(() => vi.runAllTimers()).toThrow(TypeError)
  })
})
