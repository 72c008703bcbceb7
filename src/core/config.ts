import type { ConsentryConfig, ResolvedConfig, ServiceConfig } from './types'
import { resolveConsentModeOptions } from './integrations/consent-mode'
import { resolveGpcCategories } from './integrations/gpc'

export const DEFAULT_CATEGORIES = ['functional', 'analytics', 'tracking', 'social', 'advertising']

/**
 * Catalogue lookup: an id becomes its entry, an object with a catalogued id is
 * laid over that entry. The script build installs one.
 */
export type ServiceLookup = (entry: ServiceConfig | string) => ServiceConfig | undefined

type Check = (value: unknown) => boolean

const ID = /^[a-z][\w-]*$/i
const isObject = (value: unknown): value is Record<string, any> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isString: Check = (value) => typeof value === 'string'
const isFlag: Check = (value) => typeof value === 'boolean'
const matches = (pattern: RegExp): Check => (value) => isString(value) && pattern.test(value as string)

/** Only http(s), mailto and relative URLs; anything else (javascript:, data:) is refused. */
export const isSafeUrl = (value: string): boolean => !/^(?!https?:|mailto:)[a-z][a-z\d+.-]*:/i.test(value.trim())
const safeUrl: Check = (value) => isString(value) && isSafeUrl(value as string)
const FLAG = 'true or false'
const URL_EXPECTED = 'an http(s), mailto or relative URL'

/** Every plain option: its path, what it must be, and how to tell. Defaults live in resolveConfig. */
const OPTIONS: [path: string, expected: string, check: Check][] = [
  ['revision', 'a whole number of 0 or more', (value) => Number.isInteger(value) && (value as number) >= 0],
  ['siteName', 'a string', isString],
  ['privacyPolicyUrl', URL_EXPECTED, safeUrl],
  ['language', 'a language tag such as "nl"', matches(/^[a-z]{2,3}(-[\w]{2,8})*$/i)],
  ['reloadOnWithdrawal', FLAG, isFlag],
  ['autoBlock', FLAG, isFlag],
  ['cookie.name', 'a cookie name (letters, digits, - and _)', matches(/^[\w!#$%&'*+.^`|~-]+$/)],
  ['cookie.domain', 'a domain such as ".example.com"', matches(/^\.?[a-z\d.-]+$/i)],
  ['cookie.path', 'a path starting with "/"', matches(/^\//)],
  ['cookie.sameSite', '"Lax", "Strict" or "None"', matches(/^(Lax|Strict|None)$/)],
  ['cookie.secure', FLAG, isFlag],
  ['cookie.expiresDays', 'a number of days from 1 to 400', (value) => typeof value === 'number' && value >= 1 && value <= 400],
  ['consentLog.url', URL_EXPECTED, safeUrl],
]
const GROUPS = ['cookie', 'consentLog', 'ui', 'translations']

/**
 * Turns what the site wrote into the config the engine works from. Every
 * malformed part is reported (naming its path and what was expected) and
 * replaced by its default or dropped, so a typo never makes a tag run:
 * whatever refers to a dropped category or service simply stays blocked.
 */
export function resolveConfig(input?: ConsentryConfig, lookupService?: ServiceLookup): { config: ResolvedConfig; errors: string[] } {
  const errors: string[] = []
  const report = (path: string, expected: string, got: unknown) =>
    errors.push(`config${path && '.' + path}: expected ${expected}, got ${describe(got)}.`)
  if (input !== undefined && !isObject(input)) report('', 'an object', input)
  const given: Record<string, any> = isObject(input) ? input : {}
  for (const group of GROUPS) if (given[group] !== undefined && !isObject(given[group])) report(group, 'an object', given[group])

  const option = (path: string) => {
    const [group, key] = path.split('.')
    const value = key ? (isObject(given[group]) ? given[group][key] : undefined) : given[group]
    const [, expected, check] = OPTIONS.find((entry) => entry[0] === path) as (typeof OPTIONS)[number]
    if (value === undefined || check(value)) return value
    report(path, expected, value)
  }

  const categories = resolveCategories(given.categories, report)
  const consentMode = resolveConsentModeOptions(given.consentMode)
  const logUrl = option('consentLog.url')
  const config: ResolvedConfig = {
    revision: option('revision') ?? 0,
    siteName: option('siteName') ?? (typeof location === 'object' ? location.hostname : ''),
    privacyPolicyUrl: option('privacyPolicyUrl'),
    categories: categories.ids,
    categoryText: categories.text,
    services: resolveServices(given.services, categories.ids, lookupService, report),
    cookie: {
      name: option('cookie.name') ?? 'consentry',
      domain: option('cookie.domain'),
      path: option('cookie.path') ?? '/',
      sameSite: option('cookie.sameSite') ?? 'Lax',
      secure: option('cookie.secure') ?? (typeof location === 'object' && location.protocol === 'https:'),
      expiresDays: option('cookie.expiresDays') ?? 182,
    },
    consentLog: logUrl && { url: logUrl },
    language: option('language'),
    translations: isObject(given.translations) ? given.translations : {},
    reloadOnWithdrawal: option('reloadOnWithdrawal') ?? false,
    consentMode: consentMode.options,
    gpcCategories: resolveGpcCategories(given.gpc, categories.ids, consentMode.errors),
    autoBlock: option('autoBlock') ?? false,
    ui: isObject(given.ui) ? given.ui : {},
  }
  errors.push(...consentMode.errors.map((message) => `config.${message}`))
  return { config, errors }
}

type Report = (path: string, expected: string, got: unknown) => void

/** `necessary` first and always; then the site's own, or the five default groups. */
function resolveCategories(input: unknown, report: Report) {
  const ids = ['necessary']
  const text: ResolvedConfig['categoryText'] = {}
  if (input !== undefined && !Array.isArray(input)) report('categories', 'an array of category ids', input)
  const list: unknown[] = Array.isArray(input) ? input : DEFAULT_CATEGORIES
  list.forEach((entry, index) => {
    const id = isObject(entry) ? entry.id : entry
    if (!matches(ID)(id)) return report(`categories[${index}]`, 'a category id such as "analytics" or { id: "analytics" }', entry)
    if (id !== 'necessary' && ids.includes(id)) return report(`categories[${index}]`, 'a category id not listed before', id)
    if (id !== 'necessary') ids.push(id)
    if (isObject(entry)) text[id] = { label: entry.label, description: entry.description }
  })
  return { ids, text }
}

function resolveServices(input: unknown, categories: string[], lookupService: ServiceLookup | undefined, report: Report): ServiceConfig[] {
  if (input !== undefined && !Array.isArray(input)) report('services', 'an array of services', input)
  const services: ServiceConfig[] = []
  ;(Array.isArray(input) ? input : []).forEach((entry, index) => {
    const service = lookupService?.(entry) ?? (isString(entry) ? undefined : entry)
    const problem = serviceProblem(service, services, categories)
    if (!problem) {
      services.push(service)
    } else if (isString(entry) && !problem[0]) {
      report(`services[${index}]`, 'the id of a catalogued service' + (lookupService ? '' : ' (ids need the script build)'), entry)
    } else {
      const [field, expected] = problem
      report(`services[${index}]${field}`, expected, field ? service[field.slice(1)] : entry)
    }
  })
  return services
}

/** The first thing wrong with a service entry: [field path, what was expected], or nothing. */
function serviceProblem(service: any, known: ServiceConfig[], categories: string[]): [string, string] | undefined {
  if (!isObject(service)) return ['', 'a service object']
  if (!matches(ID)(service.id)) return ['.id', 'an id such as "hotjar"']
  if (!isString(service.name)) return ['.name', 'a display name']
  if (!categories.includes(service.category)) return ['.category', `one of ${categories.join(', ')}`]
  if (known.some((other) => other.id === service.id)) return ['.id', 'an id no other service has']
  if (service.cookies !== undefined && !Array.isArray(service.cookies)) return ['.cookies', 'an array of { name, duration }']
  return undefined
}

function describe(value: unknown): string {
  if (isString(value)) return JSON.stringify(value)
  if (Array.isArray(value)) return 'an array'
  return value === null ? 'null' : typeof value === 'object' ? 'an object' : String(value)
}
