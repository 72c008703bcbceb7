import { describe, expect, it } from 'vitest'
import { explainProblems } from '../../../src/core/messages'
import { DEFAULT_CONSENT_MODE_MAPPING, resolveConsentModeOptions as resolveOptions } from '../../../src/core/integrations/consent-mode'
import type { ConfigProblem } from '../../../src/core/types'

/** The options and the console messages for their problems. */
function resolveConsentModeOptions(input: unknown) {
  const problems: ConfigProblem[] = []
  const options = resolveOptions(input, (...problem) => problems.push(problem))
  return { options, errors: explainProblems(problems, []) }
}

describe('resolveConsentModeOptions', () => {
  it('is off for undefined and false', () => {
    expect(resolveConsentModeOptions(undefined)).toEqual({ options: false, errors: [] })
    expect(resolveConsentModeOptions(false)).toEqual({ options: false, errors: [] })
  })

  it('turns true into basic mode with the full default mapping', () => {
    expect(resolveConsentModeOptions(true)).toEqual({ options: { mode: 'basic', mapping: DEFAULT_CONSENT_MODE_MAPPING }, errors: [] })
  })

  it('keeps valid options and merges a partial mapping over the defaults', () => {
    const { options, errors } = resolveConsentModeOptions({
      mode: 'advanced',
      waitForUpdate: 500,
      region: ['NL', 'us-ca'],
      adsDataRedaction: true,
      urlPassthrough: false,
      mapping: { analytics_storage: ['analytics', 'functional'] },
    })
    expect(errors).toEqual([])
    expect(options).toEqual({
      mode: 'advanced',
      waitForUpdate: 500,
      region: ['NL', 'us-ca'],
      adsDataRedaction: true,
      urlPassthrough: false,
      mapping: { ...DEFAULT_CONSENT_MODE_MAPPING, analytics_storage: ['analytics', 'functional'] },
    })
  })

  it('does not share the default mapping object, so a config cannot change another', () => {
    const { options } = resolveConsentModeOptions({ mapping: { ad_storage: ['tracking'] } })
    expect(options && options.mapping.ad_storage).toEqual(['tracking'])
    expect(DEFAULT_CONSENT_MODE_MAPPING.ad_storage).toEqual(['advertising'])
  })

  it('names the path and the value of each problem, and keeps defaults for those fields', () => {
    const { options, errors } = resolveConsentModeOptions({
      mode: 'fast',
      waitForUpdate: 'x',
      region: ['NL', 'Netherlands'],
      adsDataRedaction: 'yes',
      mapping: { analytics_storage: 'analytics', cookie_storage: ['analytics'] },
      waitforupdate: 500,
    })
    expect(errors).toEqual([
      'config.consentMode: expected only mode, waitForUpdate, region, adsDataRedaction, urlPassthrough, mapping, got "waitforupdate".',
      'config.consentMode.mode: expected "basic" or "advanced", got "fast".',
      'config.consentMode.waitForUpdate: expected a non-negative number, got "x".',
      'config.consentMode.adsDataRedaction: expected true or false, got "yes".',
      'config.consentMode.region[1]: expected a code such as "NL" or "US-CA", got "Netherlands".',
      'config.consentMode.mapping.analytics_storage: expected an array of category ids, got "analytics".',
      expect.stringMatching(/^config\.consentMode\.mapping: expected only ad_storage, .*, got "cookie_storage"\.$/),
    ])
    expect(options).toEqual({ mode: 'basic', region: ['NL'], mapping: DEFAULT_CONSENT_MODE_MAPPING })
  })

  it('checks urlPassthrough, region and mapping shapes', () => {
    const { options, errors } = resolveConsentModeOptions({ urlPassthrough: 1, region: 'NL', mapping: ['analytics'] })
    expect(errors).toEqual([
      'config.consentMode.urlPassthrough: expected true or false, got 1.',
      'config.consentMode.region: expected an array of ISO 3166-2 codes such as ["NL", "US-CA"], got "NL".',
      'config.consentMode.mapping: expected an object such as { analytics_storage: ["analytics"] }, got an array.',
    ])
    expect(options).toEqual({ mode: 'basic', mapping: DEFAULT_CONSENT_MODE_MAPPING })
  })

  it('does not take a nested array for a region code', () => {
    expect(resolveConsentModeOptions({ region: [['NL']] }).errors).toHaveLength(1)
  })

  it('rejects a negative or infinite waitForUpdate', () => {
    expect(resolveConsentModeOptions({ waitForUpdate: -1 }).errors).toEqual(['config.consentMode.waitForUpdate: expected a non-negative number, got -1.'])
    expect(resolveConsentModeOptions({ waitForUpdate: Infinity }).errors).toHaveLength(1)
  })

  it('drops an empty region list, so the defaults apply everywhere', () => {
    const { options } = resolveConsentModeOptions({ region: [] })
    expect(options).not.toHaveProperty('region')
  })

  it('turns Consent Mode off for input of the wrong kind, and says so', () => {
    expect(resolveConsentModeOptions('yes')).toEqual({
      options: false,
      errors: ['config.consentMode: expected true, false or an object, got "yes".'],
    })
    expect(resolveConsentModeOptions([]).options).toBe(false)
  })
})
