import { afterEach, describe, expect, it, vi } from 'vitest'
import { resolveConfig } from '../../../src/core/config'
import { lookProblems, serviceKeyProblems } from '../../../src/core/look-check'
import { explainProblems } from '../../../src/core/messages'
import type { ConsentryConfig, UIOptions } from '../../../src/core/types'
import { catalogue, lookupService } from '../../../src/services/registry'
import { clearCookies } from '../helpers'

const problemsWith = (ui: Record<string, unknown>) => lookProblems(resolveConfig({ ui: ui as UIOptions }).config)
const wordsFor = (ui: Record<string, unknown>) => explainProblems(problemsWith(ui), [])

describe('the look options the engine checks', () => {
  it('finds nothing wrong with any documented value, or with none (an empty one stands for the default, as in the UI)', () => {
    expect(problemsWith({})).toEqual([])
    for (const layout of ['box', 'bar', 'center']) expect(problemsWith({ layout })).toEqual([])
    for (const position of ['bottom-right', 'bottom-left', 'top-right', 'top-left']) expect(problemsWith({ layout: 'box', position })).toEqual([])
    for (const position of ['top', 'bottom']) expect(problemsWith({ layout: 'bar', position })).toEqual([])
    for (const position of ['bottom-right', 'top-left']) expect(problemsWith({ position })).toEqual([])
    // The center layout has no position: one given is ignored by the UI.
    expect(problemsWith({ layout: 'center', position: 'top' })).toEqual([])
    for (const theme of ['light', 'dark', 'auto']) expect(problemsWith({ theme })).toEqual([])
    for (const reopenButton of [true, false, {}, { position: 'bottom-left' }, { position: 'bottom-right' }, { position: '' }, { position: null }]) expect(problemsWith({ reopenButton })).toEqual([])
    expect(problemsWith({ layout: '', position: null, theme: undefined })).toEqual([])
  })

  it('says which option is wrong, what it may be and what it got', () => {
    expect(wordsFor({ layout: 'Bar', theme: 'Dark', position: 'bottom_right', reopenButton: 'no' })).toEqual([
      'config.ui.layout: expected "box", "bar" or "center", got "Bar".',
      'config.ui.position: expected "bottom-right", "bottom-left", "top-right" or "top-left" (box layout), "bottom" or "top" (bar), got "bottom_right".',
      'config.ui.theme: expected "light", "dark" or "auto", got "Dark".',
      'config.ui.reopenButton: expected true, false or { position }, got "no".',
    ])
    expect(wordsFor({ reopenButton: { position: 'top-left' } })).toEqual(['config.ui.reopenButton.position: expected "bottom-left" or "bottom-right", got "top-left".'])
    expect(wordsFor({ theme: 2 })).toEqual(['config.ui.theme: expected "light", "dark" or "auto", got 2.'])
  })

  it('matches the position to the layout: a corner stretches the bar over the page, top or bottom leaves the box in its corner', () => {
    const position = (got: string) =>
      `config.ui.position: expected "bottom-right", "bottom-left", "top-right" or "top-left" (box layout), "bottom" or "top" (bar), got "${got}".`
    expect(wordsFor({ layout: 'bar', position: 'top-left' })).toEqual([position('top-left')])
    expect(wordsFor({ layout: 'bar', position: 'bottom-right' })).toEqual([position('bottom-right')])
    expect(wordsFor({ layout: 'box', position: 'top' })).toEqual([position('top')])
    expect(wordsFor({ position: 'bottom' })).toEqual([position('bottom')])
    // Under an unknown layout (reported itself), any position of either; a name off the prototype is no layout.
    expect(problemsWith({ layout: 'toString', position: 'top' })).toEqual([['ui.layout', 'ui.layout', 'toString']])
  })
})

describe('the keys of a service the engine checks', () => {
  const hotjar = { id: 'hotjar', name: 'Hotjar', category: 'analytics' }
  const keyWords = (service: Record<string, unknown>) => explainProblems(serviceKeyProblems(resolveConfig({ services: [service as never] }).config), [])

  it('finds nothing in a service with every documented key, or in any of the catalogue', () => {
    const full = { ...hotjar, provider: 'Hotjar Ltd.', purpose: 'Heatmaps', cookies: [{ name: '_hj*' }], privacyPolicyUrl: '/privacy', hosts: ['hotjar.com'], consentMode: ['analytics_storage'] }
    expect(keyWords(full)).toEqual([])
    const { config } = resolveConfig({ services: Object.keys(catalogue) }, lookupService)
    expect(config.services.length).toBe(Object.keys(catalogue).length)
    expect(serviceKeyProblems(config)).toEqual([])
  })

  it('names a key Consentry does not read, with the one it probably meant', () => {
    expect(keyWords({ ...hotjar, scirpts: ['/hj.js'], cookie: [{ name: '_hj*' }], privacyPolicyURL: '/privacy' })).toEqual([
      'config.services[id="hotjar"].scirpts: Consentry has no such service option; it is ignored.',
      'config.services[id="hotjar"].cookie: Consentry has no such service option (did you mean cookies?); it is ignored.',
      'config.services[id="hotjar"].privacyPolicyURL: Consentry has no such service option (did you mean privacyPolicyUrl?); it is ignored.',
    ])
  })

  it("points vanilla-cookieconsent's label to name", () => {
    expect(keyWords({ ...hotjar, label: 'Hotjar heatmaps' })).toEqual([
      'config.services[id="hotjar"].label: vanilla-cookieconsent\'s label is name here, the service\'s display name; it is ignored.',
    ])
  })

  it("points vanilla-cookieconsent's onAccept and onReject to what Consentry has in their place", () => {
    const [accept, reject] = keyWords({ ...hotjar, onAccept: () => {}, onReject: () => {} })
    expect(accept).toBe(
      'config.services[id="hotjar"].onAccept: vanilla-cookieconsent\'s onAccept; Consentry calls no function of a service, so it is ignored. Hold its code back in a <script type="text/plain" data-category="analytics" data-service="hotjar">, which runs once the service is allowed, or run it from a consentry:consent listener (it fires on every page with a decision, and after each) that checks isAllowed(\'analytics.hotjar\'). See the README, "Switching from vanilla-cookieconsent".',
    )
    expect(reject).toBe(
      'config.services[id="hotjar"].onReject: vanilla-cookieconsent\'s onReject; Consentry calls no function of a service, so it is ignored. Run clean-up code from a consentry:change listener (or onChange(fn)) that checks !isAllowed(\'analytics.hotjar\'); the cookies the service lists in its cookies are deleted for you when it is refused. See the README, "Switching from vanilla-cookieconsent".',
    )
  })
})

describe('when the engine checks them', () => {
  /** A core of its own (as on a new page), with the engine and the words, and the console's errors. */
  async function freshCore() {
    delete (window as unknown as Record<symbol, unknown>)[Symbol.for('consentry')]
    vi.resetModules()
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const api = await import('../../../src/core/api')
    const { decisionEngine } = await import('../../../src/core/decision')
    api.configure({ engine: decisionEngine, explainProblems })
    return { api, errors }
  }

  afterEach(() => {
    vi.restoreAllMocks()
    clearCookies()
  })

  it('at the first decision on a page, once, in the words of messages.ts', async () => {
    const { api, errors } = await freshCore()
    api.init({ ui: { theme: 'Dark' } } as unknown as ConsentryConfig)
    expect(errors).not.toHaveBeenCalled()

    api.rejectAll()
    expect(errors.mock.calls).toEqual([['[consentry] config.ui.theme: expected "light", "dark" or "auto", got "Dark".']])
    api.acceptAll()
    expect(errors).toHaveBeenCalledTimes(1)
  })

  it('names the unknown keys of a service at the first decision too', async () => {
    const { api, errors } = await freshCore()
    api.init({ services: [{ id: 'hotjar', name: 'Hotjar', category: 'analytics', onAccept: () => {} }] } as unknown as ConsentryConfig)
    expect(errors).not.toHaveBeenCalled()
    api.rejectAll()
    expect(errors).toHaveBeenCalledTimes(1)
    expect(errors.mock.calls[0][0]).toMatch(/^\[consentry\] config\.services\[id="hotjar"\]\.onAccept: vanilla-cookieconsent's onAccept/)
  })
})
