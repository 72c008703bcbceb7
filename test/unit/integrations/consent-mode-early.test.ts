import { afterEach, describe, expect, it, vi } from 'vitest'
import { resolveConfig } from '../../../src/core/config'
import { consentModeIntegration, consentModeUpdate } from '../../../src/core/integrations/consent-mode'
import { earlyDecision } from '../../../src/core/integrations/consent-mode-early'
import { lookupService } from '../../../src/services/registry'
import { clearCookies } from '../helpers'

const now = new Date().toISOString()
const store = (categories: Record<string, boolean>, services: Record<string, boolean>) =>
  (document.cookie = `consentry=${encodeURIComponent(JSON.stringify({ schema: 1, id: 'early', createdAt: now, updatedAt: now, revision: 1, categories, services, method: 'custom', language: 'en' }))}; path=/`)

const ids = ['google-tag-manager', 'google-analytics', 'google-ads']
const given = (extra: object = {}) => ({ revision: 1, consentMode: true, categories: ['statistics', 'marketing'], services: ids, ...extra })
const everything = Object.fromEntries(ids.map((id) => [id, true]))

afterEach(() => clearCookies())

describe('earlyDecision: a returning visitor told before the catalogue', () => {
  it('takes a stored decision that allows every service the config names', () => {
    store({ necessary: true, statistics: true, marketing: true }, everything)
    expect(earlyDecision(given())?.record.services).toEqual(everything)
  })

  it('waits for the catalogue when the decision refuses a service, or does not name one; warns in advanced mode only', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    store({ necessary: true, statistics: true, marketing: false }, { ...everything, 'google-ads': false })
    expect(earlyDecision(given(), true)).toBeUndefined()
    store({ necessary: true, statistics: true, marketing: true }, { 'google-analytics': true })
    expect(earlyDecision(given(), true)).toBeUndefined()
    expect(warn).toHaveBeenCalledTimes(2)
    // In basic mode Google's tags wait for Consentry, which lets them run after the complete update.
    expect(earlyDecision(given())).toBeUndefined()
    expect(warn).toHaveBeenCalledTimes(2)
  })

  it('leaves it to init without an id to look up, without a decision, or when Google is told to wait (waitForUpdate)', () => {
    store({ necessary: true, statistics: true, marketing: true }, everything)
    expect(earlyDecision(given({ services: [] }))).toBeUndefined()
    expect(earlyDecision(given({ consentMode: { waitForUpdate: 500 } }))).toBeUndefined()
    clearCookies()
    expect(earlyDecision(given())).toBeUndefined()
  })

  it('is taken back when init, reading the cookie again, finds no decision any more (reset elsewhere, or run out)', async () => {
    vi.resetModules()
    const { consentModeIntegration: integration } = await import('../../../src/core/integrations/consent-mode')
    const { atom } = await import('nanostores')
    ;(window as { dataLayer?: unknown[] }).dataLayer = []
    const defaults = given({ categories: undefined })
    store({ necessary: true, functional: true, analytics: true, tracking: true, social: true, advertising: true }, everything)
    integration.pushDefaults(defaults)
    const updates = () => ((window as unknown as { dataLayer: IArguments[] }).dataLayer).filter((entry) => entry[0] == 'consent' && entry[1] == 'update')
    expect(updates()).toHaveLength(1)
    expect(updates()[0][2]).toMatchObject({ analytics_storage: 'granted' })
    // Gone before init reads it: the store stays empty, as init finds nothing.
    clearCookies()
    const config = resolveConfig(defaults, lookupService, false, integration.resolve).config
    integration.install(config, atom(null))
    await Promise.resolve()
    expect(updates()).toHaveLength(2)
    expect(updates()[1][2]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied', ad_user_data: 'denied' })
  })

  it('grants no more than the update init tells once the catalogue is in', () => {
    for (const config of [given(), given({ categories: undefined }), given({ consentMode: { mapping: { analytics_storage: ['marketing'] } } })]) {
      store({ necessary: true, statistics: true, marketing: true, functional: true, analytics: true, tracking: true, social: true, advertising: true }, everything)
      const early = earlyDecision(config)!
      const options = consentModeIntegration.resolve(config)
      const before = consentModeUpdate({ ...early.config, consentMode: options, services: [] }, early.record)
      const complete = consentModeUpdate(resolveConfig(config, lookupService, false, consentModeIntegration.resolve).config, early.record)
      for (const type of Object.keys(before) as (keyof typeof before)[]) if (before[type] == 'granted') expect(complete[type], type).toBe('granted')
    }
  })
})
