import { afterEach, describe, expect, it, vi } from 'vitest'
import { explainProblems } from '../../../src/core/messages'
import type { ConsentryConfig } from '../../../src/core/types'
import { clearCookies } from '../helpers'

// A fresh core and engine each time: the engine warns once a page.
async function freshPage() {
  delete (window as unknown as Record<symbol, unknown>)[Symbol.for('consentry')]
  vi.resetModules()
  const api = await import('../../../src/core/api')
  const { decisionEngine } = await import('../../../src/core/decision')
  api.configure({ engine: decisionEngine, explainProblems })
  return api
}

describe('a config without privacyPolicyUrl', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    clearCookies()
  })

  it('is told as a warning at the first decision on a page, once, naming the option; the decision stands', async () => {
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const api = await freshPage()
    api.init({ revision: 1 } as ConsentryConfig)
    expect(warnings).not.toHaveBeenCalled()

    api.acceptAll()
    expect(warnings.mock.calls).toEqual([
      [
        "[consentry] config.privacyPolicyUrl is not set, so neither the banner nor the preferences show their link to your privacy policy. Visitors should be able to read how their data is used before they choose (GDPR Art. 13): set it to your privacy policy's URL.",
      ],
    ])
    expect(api.isAllowed('analytics')).toBe(true)
    api.rejectAll()
    expect(warnings).toHaveBeenCalledTimes(1)
    expect(errors).not.toHaveBeenCalled()
  })

  it('is not told when the config has one', async () => {
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const api = await freshPage()
    api.init({ revision: 1, privacyPolicyUrl: '/privacy' } as ConsentryConfig)
    api.acceptAll()
    expect(warnings).not.toHaveBeenCalled()
  })
})
