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

const show = (value: unknown): string => {
  if (typeof value === 'string') return `'${value}'`
  try {
    return JSON.stringify(value) || String(value)
  } catch {
    return String(value)
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value)

/**
 * Normalizes `config.consentMode`. Each problem comes back in `errors` as
 * "consentMode.<path>: expected <what>, got <value>"; the offending field keeps
 * its default, so a typo never switches Consent Mode into a laxer state.
 */
export function resolveConsentModeOptions(input: unknown): {
  options: ResolvedConfig['consentMode']
  errors: string[]
} {
  const errors: string[] = []
  const fail = (path: string, expected: string, got: unknown): false => {
    errors.push(`consentMode${path}: expected ${expected}, got ${show(got)}`)
    return false
  }
  if (input === undefined || input === false) return { options: false, errors }
  if (input === true) input = {}
  if (!isObject(input)) return { options: fail('', 'true, false or an object', input), errors }

  const { mode, waitForUpdate, region, adsDataRedaction, urlPassthrough, mapping, ...unknown } = input as ConsentModeOptions
  const options: Resolved = { mode: 'basic', mapping: { ...DEFAULT_CONSENT_MODE_MAPPING } }
  for (const key of Object.keys(unknown)) fail('', 'only mode, waitForUpdate, region, adsDataRedaction, urlPassthrough, mapping', key)

  if (mode !== undefined) {
    if (mode === 'basic' || mode === 'advanced') options.mode = mode
    else fail('.mode', "'basic' or 'advanced'", mode)
  }
  if (waitForUpdate !== undefined) {
    if (typeof waitForUpdate === 'number' && waitForUpdate >= 0 && waitForUpdate < Infinity) options.waitForUpdate = waitForUpdate
    else fail('.waitForUpdate', 'a non-negative number', waitForUpdate)
  }
  if (adsDataRedaction !== undefined) {
    if (typeof adsDataRedaction === 'boolean') options.adsDataRedaction = adsDataRedaction
    else fail('.adsDataRedaction', 'true or false', adsDataRedaction)
  }
  if (urlPassthrough !== undefined) {
    if (typeof urlPassthrough === 'boolean') options.urlPassthrough = urlPassthrough
    else fail('.urlPassthrough', 'true or false', urlPassthrough)
  }
  if (region !== undefined) {
    if (!Array.isArray(region)) fail('.region', "an array of ISO 3166-2 codes such as ['NL', 'US-CA']", region)
    else {
      const codes = region.filter(
        (code, i) => (typeof code === 'string' && REGION.test(code)) || fail(`.region[${i}]`, "a code such as 'NL' or 'US-CA'", code),
      )
      // An empty list would limit the defaults to no region at all; without one they apply everywhere.
      if (codes.length) options.region = codes
    }
  }
  if (mapping !== undefined) {
    if (!isObject(mapping)) fail('.mapping', "an object such as { analytics_storage: ['analytics'] }", mapping)
    else {
      for (const type of Object.keys(mapping) as ConsentModeType[]) {
        const ids: unknown = mapping[type]
        if (!CONSENT_MODE_TYPES.includes(type)) fail('.mapping', `only ${CONSENT_MODE_TYPES.join(', ')}`, type)
        else if (Array.isArray(ids) && ids.every((id) => typeof id === 'string')) options.mapping[type] = ids.slice()
        else fail(`.mapping.${type}`, 'an array of category ids', ids)
      }
    }
  }
  return { options, errors }
}
