import { isObject, type Report } from '../config'
import type { ConsentModeOptions, ConsentModeType, ResolvedConfig } from '../types'

/** Which categories grant each type unless config says otherwise. `necessary` means always granted. */
export const DEFAULT_CONSENT_MODE_MAPPING: Record<ConsentModeType, string[]> = {
  ad_storage: ['advertising'],
  ad_user_data: ['advertising'],
  ad_personalization: ['advertising'],
  analytics_storage: ['analytics'],
  functionality_storage: ['functional'],
  personalization_storage: ['functional'],
  security_storage: ['necessary'],
}

/** The seven Consent Mode v2 types, in the order Google documents them (read off the mapping to ship them once). */
export const CONSENT_MODE_TYPES = Object.keys(DEFAULT_CONSENT_MODE_MAPPING) as ConsentModeType[]

type Resolved = Exclude<ResolvedConfig['consentMode'], false>

const REGION = /^[a-z]{2}(-[a-z0-9]{1,3})?$/i

/**
 * Normalizes `config.consentMode`. Each problem is reported at its path
 * (`consentMode.mode`, …); the offending field keeps its default, so a typo
 * never switches Consent Mode into a laxer state.
 */
export function resolveConsentModeOptions(input: unknown, report: Report = () => {}): ResolvedConfig['consentMode'] {
  const fail = (path: string, got: unknown, kind = path): false => {
    report('consentMode' + path, 'consentMode' + kind, got)
    return false
  }
  if (input === undefined || input === false) return false
  if (input === true) input = {}
  if (!isObject(input)) return fail('', input)

  const { mode, waitForUpdate, region, adsDataRedaction, urlPassthrough, mapping, ...unknown } = input as ConsentModeOptions
  const options: Resolved = { mode: 'basic', mapping: { ...DEFAULT_CONSENT_MODE_MAPPING } }
  for (const key of Object.keys(unknown)) fail('', key, '.keys')

  if (mode !== undefined) {
    if (mode === 'basic' || mode === 'advanced') options.mode = mode
    else fail('.mode', mode)
  }
  if (waitForUpdate !== undefined) {
    if (typeof waitForUpdate === 'number' && waitForUpdate >= 0 && waitForUpdate < Infinity) options.waitForUpdate = waitForUpdate
    else fail('.waitForUpdate', waitForUpdate)
  }
  if (adsDataRedaction !== undefined) {
    if (typeof adsDataRedaction === 'boolean') options.adsDataRedaction = adsDataRedaction
    else report('consentMode.adsDataRedaction', 'flag', adsDataRedaction)
  }
  if (urlPassthrough !== undefined) {
    if (typeof urlPassthrough === 'boolean') options.urlPassthrough = urlPassthrough
    else report('consentMode.urlPassthrough', 'flag', urlPassthrough)
  }
  if (region !== undefined) {
    if (!Array.isArray(region)) fail('.region', region)
    else {
      const codes = region.filter(
        (code, i) => (typeof code === 'string' && REGION.test(code)) || fail(`.region[${i}]`, code, '.region[]'),
      )
      // An empty list would limit the defaults to no region at all; without one they apply everywhere.
      if (codes.length) options.region = codes
    }
  }
  if (mapping !== undefined) {
    if (!isObject(mapping)) fail('.mapping', mapping)
    else {
      for (const type of Object.keys(mapping) as ConsentModeType[]) {
        const ids: unknown = mapping[type]
        if (!CONSENT_MODE_TYPES.includes(type)) fail('.mapping', type, '.mapping.keys')
        else if (Array.isArray(ids) && ids.every((id) => typeof id === 'string')) options.mapping[type] = ids.slice()
        else fail(`.mapping.${type}`, ids, '.mapping[]')
      }
    }
  }
  return options
}
