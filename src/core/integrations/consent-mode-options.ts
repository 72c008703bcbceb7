import type { ConsentModeOptions, ConsentModeType, ResolvedConfig } from '../types'

/** The seven Consent Mode v2 types, in the order Google documents them. */
export const CONSENT_MODE_TYPES: ConsentModeType[] = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
]

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

type Resolved = Exclude<ResolvedConfig['consentMode'], false>

const REGION = /^[a-z]{2}(-[a-z0-9]{1,3})?$/i

const show = (value: unknown): string => {
  if (typeof value === 'string') return `'${value}'`
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && item !== '')

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
  if (input === undefined || input === false) return { options: false, errors }
  if (input === true) input = {}
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    errors.push(`consentMode: expected true, false or an object, got ${show(input)}`)
    return { options: false, errors }
  }
  const options = input as Record<string, unknown>
  const resolved: Resolved = { mode: 'basic', mapping: { ...DEFAULT_CONSENT_MODE_MAPPING } }
  for (const key of Object.keys(options)) {
    const value = options[key]
    const path = `consentMode.${key}`
    const fail = (expected: string) => errors.push(`${path}: expected ${expected}, got ${show(value)}`)
    if (value === undefined) continue
    switch (key as keyof ConsentModeOptions) {
      case 'mode':
        if (value === 'basic' || value === 'advanced') resolved.mode = value
        else fail(`'basic' or 'advanced'`)
        break
      case 'waitForUpdate':
        if (typeof value === 'number' && isFinite(value) && value >= 0) resolved.waitForUpdate = value
        else fail('a non-negative number')
        break
      case 'region':
        if (!Array.isArray(value)) fail(`an array of ISO 3166-2 codes such as ['NL', 'US-CA']`)
        else {
          const codes = value.filter((code, i) => {
            const ok = typeof code === 'string' && REGION.test(code)
            if (!ok) errors.push(`${path}[${i}]: expected an ISO 3166-2 code such as 'NL' or 'US-CA', got ${show(code)}`)
            return ok
          })
          // An empty list would limit the defaults to no region at all; without one they apply everywhere.
          if (codes.length) resolved.region = codes
        }
        break
      case 'adsDataRedaction':
      case 'urlPassthrough':
        if (typeof value === 'boolean') resolved[key as 'adsDataRedaction' | 'urlPassthrough'] = value
        else fail('true or false')
        break
      case 'mapping':
        if (!value || typeof value !== 'object' || Array.isArray(value)) fail('an object such as { analytics_storage: [\'analytics\'] }')
        else {
          for (const [type, categories] of Object.entries(value as Record<string, unknown>)) {
            if (!(CONSENT_MODE_TYPES as string[]).includes(type))
              errors.push(`${path}.${type}: unknown consent type; expected one of ${CONSENT_MODE_TYPES.join(', ')}`)
            else if (!isStringArray(categories))
              errors.push(`${path}.${type}: expected an array of category ids, got ${show(categories)}`)
            else resolved.mapping[type as ConsentModeType] = categories.slice()
          }
        }
        break
      default:
        errors.push(`${path}: unknown option; expected mode, waitForUpdate, region, adsDataRedaction, urlPassthrough or mapping`)
    }
  }
  return { options: resolved, errors }
}
