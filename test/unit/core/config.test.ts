import { describe, expect, it } from 'vitest'
import { resolveConfig as resolveProblems, type ServiceLookup } from '../../../src/core/config'
import { explainProblems } from '../../../src/core/messages'
import { consentModeIntegration } from '../../../src/core/integrations/consent-mode'
import type { ConsentryConfig, CookieOptions, ScriptConfig, ServiceConfig, UIOptions } from '../../../src/core/types'
import { lookupService } from '../../../src/services/registry'

/** The config and the console messages its problems get (worded by consentry-messages.js), in a build with Consent Mode unless told. */
function resolveConfig(input?: ScriptConfig, lookup?: ServiceLookup, consentMode: 'built in' | 'left out' = 'built in') {
  const { config, problems } = resolveProblems(input, lookup, false, consentMode == 'built in' ? consentModeIntegration.resolve : undefined)
  return { config, errors: explainProblems(problems, config.categories) }
}

const hotjar: ServiceConfig = { id: 'hotjar', name: 'Hotjar', category: 'analytics' }

describe('resolveConfig', () => {
  it('uses necessary plus the five default groups when no categories are given', () => {
    const { config, errors } = resolveConfig({})
    expect(errors).toEqual([])
    expect(config.categories).toEqual(['necessary', 'functional', 'analytics', 'tracking', 'social', 'advertising'])
    expect(config.cookie).toMatchObject({ name: 'consentry', path: '/', sameSite: 'Lax', expiresDays: 182 })
    expect(config.revision).toBe(0)
  })

  it('always puts necessary first, even when the site lists its own categories', () => {
    const { config } = resolveConfig({ categories: ['analytics', { id: 'marketing', label: 'Ads' }, 'necessary'] })
    expect(config.categories).toEqual(['necessary', 'analytics', 'marketing'])
    expect(config.categoryText.marketing).toEqual({ label: 'Ads', description: undefined })
  })

  it('names the path and what was expected for a duplicate service id, and keeps the first', () => {
    const { config, errors } = resolveConfig({ services: [hotjar, { ...hotjar, name: 'Other' }] })
    expect(config.services).toEqual([hotjar])
    expect(errors).toEqual(['config.services[1].id: expected an id no other service has, got "hotjar".'])
  })

  it('drops a service whose category does not exist, saying which categories do', () => {
    const { config, errors } = resolveConfig({ categories: ['analytics'], services: [{ ...hotjar, category: 'stats' }] })
    expect(config.services).toEqual([])
    expect(errors[0]).toBe('config.services[0].category: expected one of necessary, analytics, got "stats": the service is left out, and a decision refuses it, so its tags stay blocked.')
    // Its tags stay blocked: a decision records it as refused (api.test.ts).
    expect(config.droppedServices).toEqual(['hotjar'])
  })

  it('names an option it does not have (a typo would otherwise go unseen), with the one it probably meant', () => {
    const input = { revison: 2, privacyPolicyURL: '/privacy', cookies: { domain: '.shop.example' }, cookie: { expireDays: 30 }, ui: { postion: 'top' }, debug: true }
    const { config, errors } = resolveConfig(input as unknown as ConsentryConfig)
    expect(errors).toEqual([
      'config.revison: Consentry has no such option (did you mean revision?); it is ignored.',
      'config.privacyPolicyURL: Consentry has no such option (did you mean privacyPolicyUrl?); it is ignored.',
      'config.cookies: Consentry has no such option (did you mean cookie?); it is ignored.',
      'config.debug: Consentry has no such option; it is ignored.',
      'config.cookie.expireDays: Consentry has no such option (did you mean cookie.expiresDays?); it is ignored.',
      'config.ui.postion: Consentry has no such option (did you mean ui.position?); it is ignored.',
    ])
    expect(config.revision).toBe(0)
    expect(config.cookie.expiresDays).toBe(182)
  })

  it("points vanilla-cookieconsent's option names to Consentry's, as a site switching over may keep them", () => {
    const noop = () => {}
    const input = {
      guiOptions: { consentModal: { layout: 'box' } }, autoClearCookies: true, mode: 'opt-in', autoShow: true,
      onFirstConsent: noop, onConsent: noop, onChange: noop, cookie: { expiresAfterDays: 182, useLocalStorage: false },
      disablePageInteraction: true, hideFromBots: true, manageScriptTags: true, lazyHtmlGeneration: true,
    }
    const said = (path: string, instead: string) =>
      `config.${path}: vanilla-cookieconsent's option, which Consentry does not read: ${instead}. It is ignored (see the README, "Switching from vanilla-cookieconsent").`
    expect(resolveConfig(input as unknown as ConsentryConfig).errors).toEqual([
      said('guiOptions', 'the look is ui: { layout, position, theme }'),
      said('autoClearCookies', "list each service's cookies in its cookies: they are deleted whenever it is refused or withdrawn"),
      said('mode', 'Consentry asks first, always: nothing non-essential runs before consent'),
      said('autoShow', 'the banner shows whenever a decision is due; showBanner() shows it again'),
      said('onFirstConsent', 'listen for consentry:change, whose detail.consent.createdAt equals its updatedAt on a first decision'),
      said('onConsent', 'listen for consentry:consent, which fires on every page with a decision, and after each'),
      said('onChange', 'use onChange(fn), or listen for consentry:change'),
      said('disablePageInteraction', 'the banner never blocks the page (no cookie wall): a visitor may read on without deciding, which is never consent'),
      said('hideFromBots', "the banner shows to every visitor, as a crawler's view of the page is no consent either way"),
      said('manageScriptTags', 'the tags marked type="text/plain" data-category are always Consentry\'s to run'),
      said('lazyHtmlGeneration', 'the banner is built only when one is due, and the preferences only when they open'),
      said('cookie.expiresAfterDays', 'use cookie.expiresDays, a number of days (182 by default)'),
      said('cookie.useLocalStorage', "the decision is kept in its cookie only, which the page's server can read too"),
    ])
    // Options of the same name in vanilla-cookieconsent's shape: said what Consentry's is.
    const shaped = { language: { default: 'nl', translations: {} }, categories: { necessary: { readOnly: true, enabled: true }, analytics: {} } }
    const { config, errors } = resolveConfig(shaped as unknown as ConsentryConfig)
    expect(config.language).toBeUndefined()
    expect(config.categories).toEqual(['necessary', 'functional', 'analytics', 'tracking', 'social', 'advertising'])
    expect(errors).toEqual([
      'config.categories: expected an array of category ids, got an object: vanilla-cookieconsent\'s categories: { analytics: { … } } is categories: [\'analytics\', …] here, with the services in services; readOnly has no place (only necessary is always on), nor has enabled (no category is on before consent).',
      'config.language: expected a language tag such as "nl" or "de-AT" (with a hyphen), got an object: vanilla-cookieconsent\'s language: { default, translations } is two options here: language: "nl" (or none, for the page\'s or the browser\'s language) and translations: { nl: { … } }, in Consentry\'s own keys (see the README, "Languages").',
    ])
  })

  it('knows every option it documents: a config with all of them has no problems', () => {
    const { errors } = resolveConfig({
      revision: 1, siteName: 'Shop', privacyPolicyUrl: '/privacy', language: 'nl', reloadOnWithdrawal: true, autoBlock: false,
      categories: ['analytics'], services: [hotjar], consentMode: { mode: 'basic' }, gpc: true, translations: { nl: { acceptAll: 'Ja' } },
      cookie: { name: 'c', domain: '.shop.example', path: '/', sameSite: 'Strict', secure: true, expiresDays: 30 } satisfies Required<CookieOptions>,
      consentLog: { url: '/log' },
      ui: { layout: 'bar', position: 'top', theme: 'dark', reopenButton: { position: 'bottom-right' }, stylesheet: false, dialogStylesheet: false } satisfies Required<UIOptions>,
    } satisfies Required<ConsentryConfig>)
    expect(errors).toEqual([])
  })

  it('refuses constructor and prototype as ids, which a stored record could not keep, and says why', () => {
    const { config, errors } = resolveConfig({
      categories: ['analytics', { id: 'constructor', label: 'Builder' }, 'Prototype'],
      services: [{ ...hotjar, id: 'prototype' }, hotjar],
    })
    expect(config.categories).toEqual(['necessary', 'analytics'])
    expect(config.services.map((s) => s.id)).toEqual(['hotjar'])
    const why = ' (no id can be "constructor" or "prototype": the consent record could not keep a choice under it).'
    expect(errors).toEqual([
      'config.categories[1]: expected a category id such as "analytics" or { id: "analytics" }, got an object' + why,
      'config.categories[2]: expected a category id such as "analytics" or { id: "analytics" }, got "Prototype"' + why,
      'config.services[0].id: expected an id such as "hotjar" (a letter, then letters, digits, _ or -: no spaces or dots), which a tag names exactly in data-service, got "prototype"' +
        why.slice(0, -1) +
        ': the service is left out, and a decision refuses it, so its tags stay blocked.',
    ])
  })

  it("reports cookies given as bare names (withdrawal could not delete them), and drops the service", () => {
    const bare = { ...hotjar, cookies: ['_hjSession_*'] } as unknown as ServiceConfig
    const { config, errors } = resolveConfig({ services: [bare, { ...hotjar, id: 'hj2', cookies: [{ name: /^_hj/ }, { name: '_hjid' }] }] })
    expect(config.services.map((s) => s.id)).toEqual(['hj2'])
    expect(errors).toEqual([
      'config.services[0].cookies: expected an array of { name, duration }, got "_hjSession_*" at [0] (write { name: "_hjSession_*" }): the service is left out, and a decision refuses it, so its tags stay blocked.',
    ])
    expect(config.droppedServices).toEqual(['hotjar'])
  })

  it('reads a URL option as the browser would: javascript: with a tab, a line break or a control character in it is refused too', () => {
    for (const url of ['java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:alert(1)', ' \r\njavascript:alert(1)']) {
      const { config, errors } = resolveConfig({ privacyPolicyUrl: url, consentLog: { url } })
      expect(config.privacyPolicyUrl, JSON.stringify(url)).toBeUndefined()
      expect(config.consentLog, JSON.stringify(url)).toBeFalsy()
      expect(errors).toHaveLength(2)
    }
    // What sites write still passes.
    const { config } = resolveConfig({ privacyPolicyUrl: ' https://example.com/privacy ', consentLog: { url: '/consent-log' } })
    expect([config.privacyPolicyUrl, config.consentLog && config.consentLog.url]).toEqual([' https://example.com/privacy ', '/consent-log'])
  })

  it('replaces malformed options by their defaults and reports each', () => {
    const input = {
      revision: -1,
      cookie: { name: 'my cookie', sameSite: 'lax', expiresDays: 'forever', path: 'consent' },
      reloadOnWithdrawal: 'yes',
      privacyPolicyUrl: 'javascript:alert(1)',
    } as unknown as ConsentryConfig
    const { config, errors } = resolveConfig(input)
    expect(config.revision).toBe(0)
    expect(config.cookie).toMatchObject({ name: 'consentry', sameSite: 'Lax', expiresDays: 182, path: '/' })
    // The default: a withdrawal reloads, so that the tags that ran stop.
    expect(config.reloadOnWithdrawal).toBe(true)
    expect(config.privacyPolicyUrl).toBeUndefined()
    expect(errors.sort()).toEqual(
      [
        'config.revision: expected a whole number of 0 or more, got -1.',
        'config.privacyPolicyUrl: expected an http(s), mailto or relative URL, got "javascript:alert(1)".',
        'config.cookie.name: expected a cookie name (letters, digits, - and _), got "my cookie".',
        'config.cookie.path: expected a path starting with "/", got "consent".',
        'config.cookie.sameSite: expected "Lax", "Strict" or "None", got "lax".',
        'config.cookie.expiresDays: expected a number of days from 1 to 400, got "forever".',
        'config.reloadOnWithdrawal: expected true or false, got "yes".',
      ].sort(),
    )
  })

  it('takes a cookie name only as it can be read back: one with "%" (js-cookie writes it as "%25") would lose every decision', () => {
    expect(resolveConfig({ cookie: { name: 'consent%v2' } }).errors).toEqual(['config.cookie.name: expected a cookie name (letters, digits, - and _), got "consent%v2".'])
    expect(resolveConfig({ cookie: { name: 'site_consent-v2' } }).errors).toEqual([])
  })

  it('names the hyphen when the language is a locale with an underscore, and leaves the language to the page', () => {
    const { config, errors } = resolveConfig({ language: 'de_DE' })
    expect(config.language).toBeUndefined()
    expect(errors).toEqual(['config.language: expected a language tag such as "nl" or "de-AT" (with a hyphen), got "de_DE".'])
  })

  it('keeps valid cookie options for sharing consent across subdomains', () => {
    const { config, errors } = resolveConfig({ cookie: { domain: '.example.com', secure: true, expiresDays: 365 } })
    expect(errors).toEqual([])
    expect(config.cookie).toMatchObject({ domain: '.example.com', secure: true, expiresDays: 365 })
  })

  it('resolves catalogue ids, lays objects over catalogue entries, and reports unknown ids', () => {
    const { config, errors } = resolveConfig(
      { services: ['google-analytics', { id: 'hotjar', category: 'functional' } as ServiceConfig, 'nope', hotjar] },
      lookupService,
    )
    expect(config.services.map((service) => [service.id, service.category])).toEqual([
      ['google-analytics', 'analytics'],
      ['hotjar', 'functional'],
    ])
    expect(config.services[1].name).toBe('Hotjar')
    expect(errors).toEqual([
      'config.services[2]: expected the id of a catalogued service, got "nope": the service is left out, and a decision refuses it, so its tags stay blocked.',
      'config.services[3].id: expected an id no other service has, got "hotjar".',
    ])
  })

  it('reports a blank URL option, naming it, and keeps the default: an empty stylesheet URL would link the page itself', () => {
    const input = { privacyPolicyUrl: '', consentLog: { url: ' ' }, ui: { stylesheet: '', dialogStylesheet: '\t' } }
    const { config, errors } = resolveConfig(input)
    expect(config.privacyPolicyUrl).toBeUndefined()
    expect(config.consentLog).toBeFalsy()
    expect(config.ui).toEqual({ stylesheet: undefined, dialogStylesheet: undefined })
    expect(errors).toEqual([
      'config.consentLog.url: expected an http(s), mailto or relative URL, got " ": a blank URL names nothing, so the option is left out, as if not given.',
      'config.privacyPolicyUrl: expected an http(s), mailto or relative URL, got "": a blank URL names nothing, so the option is left out, as if not given.',
      'config.ui.stylesheet: expected the URL of a stylesheet, or false, got "": a blank URL names nothing, so the option is left out, as if not given.',
      'config.ui.dialogStylesheet: expected the URL of a stylesheet, or false, got "\\t": a blank URL names nothing, so the option is left out, as if not given.',
    ])
    // Said of URLs only.
    expect(resolveConfig({ cookie: { name: '' } }).errors).toEqual(['config.cookie.name: expected a cookie name (letters, digits, - and _), got "".'])
  })

  it('reports a stylesheet option that would link nothing (what it styles would never show) and leaves the default in its place', () => {
    const input = { ui: { theme: 'dark', stylesheet: true, dialogStylesheet: 'javascript:alert(1)' } } as unknown as ConsentryConfig
    const { config, errors } = resolveConfig(input)
    expect(config.ui).toEqual({ theme: 'dark', stylesheet: undefined, dialogStylesheet: undefined })
    expect(errors).toEqual([
      'config.ui.stylesheet: expected the URL of a stylesheet, or false, got true.',
      'config.ui.dialogStylesheet: expected the URL of a stylesheet, or false, got "javascript:alert(1)".',
    ])
    const valid = resolveConfig({ ui: { stylesheet: false, dialogStylesheet: '/css/dialog.css' } })
    expect(valid.errors).toEqual([])
    expect(valid.config.ui).toMatchObject({ stylesheet: false, dialogStylesheet: '/css/dialog.css' })
    expect(resolveConfig({ ui: 'dark' } as unknown as ConsentryConfig).config.ui).toEqual({ stylesheet: undefined, dialogStylesheet: undefined })
  })

  it('reports a config that is not an object and falls back to defaults', () => {
    const { config, errors } = resolveConfig('analytics' as unknown as ConsentryConfig)
    expect(errors).toEqual(['config: expected an object, got "analytics".'])
    expect(config.categories).toContain('analytics')
  })

  it('reports Consent Mode and GPC problems under their config paths', () => {
    const { config, errors } = resolveConfig({
      categories: ['analytics'],
      consentMode: { mode: 'fast' } as never,
      gpc: { categories: ['marketing'] },
    })
    expect(config.consentMode).toMatchObject({ mode: 'basic' })
    expect(errors).toEqual([
      'config.consentMode.mode: expected "basic" or "advanced", got "fast".',
      'config.gpc.categories[0]: expected one of necessary, analytics, got "marketing".',
    ])
  })

  it('reports a Consent Mode mapping that names a category the config does not have (a typo would leave the type denied unseen)', () => {
    const { config, errors } = resolveConfig({
      categories: ['analytics', { id: 'marketing' }],
      consentMode: { mapping: { analytics_storage: ['analytic'], ad_storage: ['marketing', 'necessary'], ad_user_data: [42] as never } },
    })
    expect(config.consentMode && config.consentMode.mapping.analytics_storage).toEqual(['analytic'])
    expect(errors).toEqual([
      'config.consentMode.mapping.ad_user_data: expected an array of category ids, got an array.',
      'config.consentMode.mapping.analytics_storage[0]: expected one of necessary, analytics, marketing (a category the config does not have never grants the type), got "analytic".',
    ])
    // Without categories of its own, the config has the default ones.
    expect(resolveConfig({ consentMode: { mapping: { analytics_storage: ['functional', 'statistics'] } } }).errors).toEqual([
      'config.consentMode.mapping.analytics_storage[1]: expected one of necessary, functional, analytics, tracking, social, advertising (a category the config does not have never grants the type), got "statistics".',
    ])
  })

  it("reports a service's hosts and Consent Mode types that are not lists of the right items, at their place, and keeps the service", () => {
    const services = [
      { ...hotjar, hosts: 'hotjar.com' },
      { ...hotjar, id: 'gtm', hosts: ['googletagmanager.com', 42], consentMode: true },
      { ...hotjar, id: 'ads', consentMode: ['ad_storage', 'ads'] },
      'google-analytics',
      { ...hotjar, id: 'fine', hosts: ['example.net'], consentMode: [] },
    ] as unknown as ServiceConfig[]
    const { config, errors } = resolveConfig({ services }, lookupService)
    expect(config.services.map((service) => service.id)).toEqual(['hotjar', 'gtm', 'ads', 'google-analytics', 'fine'])
    expect(errors).toEqual([
      'config.services[0].hosts: expected an array of hosts such as ["googletagmanager.com"] (a lone host is read as one), got "hotjar.com".',
      'config.services[1].hosts[1]: expected a host such as "googletagmanager.com", got 42.',
      'config.services[1].consentMode: expected an array of Consent Mode types such as ["analytics_storage"] (a lone type is read as one), got true.',
      'config.services[2].consentMode[1]: expected one of ad_storage, ad_user_data, ad_personalization, analytics_storage, functionality_storage, personalization_storage, security_storage, got "ads".',
    ])
    // consentry.js reads neither list, and leaves them unchecked rather than pay for the check.
    expect(resolveConfig({ services }, lookupService, 'left out').errors).toEqual([])
  })

  it('in consentry.js, which has no Consent Mode, a config that asks for it is told which file has it', () => {
    for (const consentMode of [true, { mode: 'advanced' as const }]) {
      const { config, errors } = resolveConfig({ consentMode }, undefined, 'left out')
      expect(config.consentMode).toBe(false)
      expect(errors).toEqual([
        'config.consentMode: Google Consent Mode is not built into consentry.js; load consentry-consent-mode.js (or consentry-autoblock.js) in its place. Until then Google hears only the defaults (every type denied but security_storage), even after a visitor consents.',
      ])
    }
    for (const consentMode of [false, undefined]) expect(resolveConfig({ consentMode }, undefined, 'left out').errors).toEqual([])
  })
})
