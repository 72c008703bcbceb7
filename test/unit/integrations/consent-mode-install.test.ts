import { atom } from 'nanostores'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { words } from '../../../src/core/log'
import { explainProblems } from '../../../src/core/messages'
import { CONSENT_UPDATE_EVENT, installConsentMode, pushConsentModeDefaults } from '../../../src/core/integrations/consent-mode'
import type { ConsentRecord } from '../../../src/core/types'
import { googleAnalytics, hotjar } from '../../../src/services'
import { makeConfig, makeRecord } from './fixtures'

type Page = Window & { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void }
const page = window as Page

const isArguments = (entry: unknown) => Object.prototype.toString.call(entry) === '[object Arguments]'

/** dataLayer entries as plain arrays (commands) or objects (events), after checking commands are Arguments objects. */
function entries(): unknown[] {
  return (page.dataLayer ?? []).map((entry) => {
    if (typeof entry === 'object' && entry && 'event' in entry) return entry
    expect(isArguments(entry), 'gtag commands must be Arguments objects').toBe(true)
    return Array.from(entry as ArrayLike<unknown>)
  })
}

const kinds = () => entries().map((e) => (Array.isArray(e) ? e.slice(0, 2).join(' ') : `event ${(e as { event: string }).event}`))

const services = [googleAnalytics(), hotjar()]
const everything = { adsDataRedaction: true, urlPassthrough: true, waitForUpdate: 500 }

beforeEach(() => {
  delete page.dataLayer
  delete page.gtag
})
afterEach(() => {
  delete page.dataLayer
  delete page.gtag
})

describe('installConsentMode', () => {
  it('without a decision pushes default and the set commands, and no update', () => {
    installConsentMode(makeConfig({ services }, everything), atom<ConsentRecord | null>(null))
    expect(entries()).toEqual([
      ['consent', 'default', expect.objectContaining({ analytics_storage: 'denied', wait_for_update: 500 })],
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
    ])
  })

  it('pushes the default once when the script build already pushed it early', () => {
    const config = makeConfig({ services }, everything)
    pushConsentModeDefaults(config)
    page.gtag!('js')
    page.gtag!('config', 'G-1')
    const $consent = atom<ConsentRecord | null>(null)
    installConsentMode(config, $consent)
    $consent.set(makeRecord(['analytics']))
    expect(kinds()).toEqual(['consent default', 'set ads_data_redaction', 'set url_passthrough', 'js', 'config G-1', 'consent update', `event ${CONSENT_UPDATE_EVENT}`])
  })

  it('tells the site owner when Google Tag Manager or a Google tag ran before the default, which Google then never applied', () => {
    words.explain = explainProblems
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const gtmSnippet = { 'gtm.start': 1, event: 'gtm.js' }
    const gtagSnippet = (function (..._: unknown[]) {
      // eslint-disable-next-line prefer-rest-params
      return arguments
    })('config', 'G-1')
    const loaded = window as Page & { google_tag_manager?: object }
    try {
      for (const before of [[gtmSnippet], [gtagSnippet], []]) {
        error.mockClear()
        page.dataLayer = [...before]
        if (!before.length) loaded.google_tag_manager = {}
        pushConsentModeDefaults(makeConfig())
        expect(error.mock.calls.map(([message]) => message)).toEqual([
          expect.stringMatching(/^\[consentry\] Google Tag Manager \(or a Google tag\) ran before Consentry: .* above the Google Tag Manager snippet\.$/),
        ])
        // Still pushed: what fires later reads it.
        expect(kinds().slice(-1)).toEqual(['consent default'])
        delete loaded.google_tag_manager
      }
      // Google's tags after the default, as the README has them: nothing to say.
      error.mockClear()
      page.dataLayer = [{ pageType: 'pricing' }]
      pushConsentModeDefaults(makeConfig())
      page.dataLayer.push(gtmSnippet)
      installConsentMode(makeConfig(), atom<ConsentRecord | null>(null))
      expect(error).not.toHaveBeenCalled()
    } finally {
      error.mockRestore()
      words.explain = undefined
      delete loaded.google_tag_manager
    }
  })

  it('leaves out the set commands that are not configured', () => {
    installConsentMode(makeConfig(), atom<ConsentRecord | null>(null))
    expect(kinds()).toEqual(['consent default'])
  })

  it.each([
    [{ adsDataRedaction: true }, ['set', 'ads_data_redaction', true]],
    [{ urlPassthrough: true }, ['set', 'url_passthrough', true]],
  ])('pushes only the set command configured (%o)', (options, command) => {
    installConsentMode(makeConfig({}, options), atom<ConsentRecord | null>(null))
    expect(entries().slice(1)).toEqual([command])
  })

  it('with a stored decision pushes default, set commands, then update and the event', () => {
    const $consent = atom<ConsentRecord | null>(makeRecord(['analytics']))
    installConsentMode(makeConfig({ services }, everything), $consent)
    expect(kinds()).toEqual([
      'consent default',
      'set ads_data_redaction',
      'set url_passthrough',
      'consent update',
      `event ${CONSENT_UPDATE_EVENT}`,
    ])
    expect(entries()[3]).toEqual(['consent', 'update', expect.objectContaining({ analytics_storage: 'granted', ad_storage: 'denied' })])
  })

  it('pushes update then event on every change, including a withdrawal to no decision', () => {
    const $consent = atom<ConsentRecord | null>(null)
    installConsentMode(makeConfig({ services }), $consent)
    $consent.set(makeRecord(['analytics', 'advertising']))
    $consent.set(null)
    expect(kinds()).toEqual([
      'consent default',
      'consent update',
      `event ${CONSENT_UPDATE_EVENT}`,
      'consent update',
      `event ${CONSENT_UPDATE_EVENT}`,
    ])
    const all = entries()
    expect(all[1]).toEqual(['consent', 'update', expect.objectContaining({ ad_storage: 'granted', analytics_storage: 'granted' })])
    expect(all[3]).toEqual(['consent', 'update', expect.objectContaining({ ad_storage: 'denied', analytics_storage: 'denied' })])
  })

  it('never pushes an update before the default, even when the decision is already there', () => {
    const $consent = atom<ConsentRecord | null>(makeRecord(['analytics']))
    installConsentMode(makeConfig(), $consent)
    $consent.set(makeRecord([]))
    const order = kinds()
    expect(order[0]).toBe('consent default')
    expect(order.filter((k) => k === 'consent default')).toHaveLength(1)
  })

  it('describes every configured category and service in the event, as booleans, and which of them changed', () => {
    const $consent = atom<ConsentRecord | null>(makeRecord(['analytics'], { hotjar: false }))
    installConsentMode(makeConfig({ services }), $consent)
    // The first event on a page tells what changed since the defaults: what is allowed.
    expect(page.dataLayer?.[2]).toEqual({
      event: CONSENT_UPDATE_EVENT,
      consentry: {
        categories: { necessary: true, functional: false, analytics: true, tracking: false, social: false, advertising: false },
        services: { 'google-analytics': true, hotjar: false },
        changedCategories: { necessary: false, functional: false, analytics: true, tracking: false, social: false, advertising: false },
        changedServices: { 'google-analytics': true, hotjar: false },
      },
    })
    // Advertising added later: a GTM trigger on "analytics allowed and changed" must not fire again.
    $consent.set(makeRecord(['analytics', 'advertising'], { hotjar: false }))
    expect(page.dataLayer?.[4]).toMatchObject({
      consentry: {
        categories: { analytics: true, advertising: true },
        changedCategories: { necessary: false, functional: false, analytics: false, tracking: false, social: false, advertising: true },
        changedServices: { 'google-analytics': false, hotjar: false },
      },
    })
    $consent.set(null)
    expect(page.dataLayer?.[6]).toMatchObject({
      consentry: {
        categories: { necessary: true, analytics: false },
        services: { 'google-analytics': false, hotjar: false },
        changedCategories: { analytics: true, advertising: true, functional: false },
        changedServices: { 'google-analytics': true, hotjar: false },
      },
    })
  })

  it('defines window.gtag as the Arguments-pushing shim when the page has none', () => {
    installConsentMode(makeConfig(), atom<ConsentRecord | null>(null))
    page.gtag?.('event', 'page_view')
    const last = page.dataLayer?.[page.dataLayer.length - 1]
    expect(isArguments(last)).toBe(true)
    expect(Array.from(last as ArrayLike<unknown>)).toEqual(['event', 'page_view'])
  })

  it("keeps the page's own gtag and dataLayer, appending after what is already queued", () => {
    const own = () => {}
    page.gtag = own
    page.dataLayer = [{ pageType: 'pricing' }]
    installConsentMode(makeConfig(), atom<ConsentRecord | null>(null))
    expect(page.gtag).toBe(own)
    expect(page.dataLayer[0]).toEqual({ pageType: 'pricing' })
    expect(Array.from(page.dataLayer[1] as ArrayLike<unknown>).slice(0, 2)).toEqual(['consent', 'default'])
  })

  it('does nothing when Consent Mode is off', () => {
    const $consent = atom<ConsentRecord | null>(makeRecord(['analytics']))
    installConsentMode(makeConfig({}, false), $consent)
    $consent.set(makeRecord([]))
    expect(page.dataLayer).toBeUndefined()
    expect(page.gtag).toBeUndefined()
  })

  it('stops pushing once unsubscribed', () => {
    const $consent = atom<ConsentRecord | null>(null)
    const stop = installConsentMode(makeConfig(), $consent)
    stop()
    $consent.set(makeRecord(['analytics']))
    expect(kinds()).toEqual(['consent default'])
  })
})
