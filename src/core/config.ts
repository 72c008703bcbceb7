import type { CategoryInput, ConsentryConfig, ResolvedConfig, ServiceConfig } from './types'
import { resolveConsentModeOptions } from './integrations/consent-mode'
import { resolveGpcCategories } from './integrations/gpc'

export const DEFAULT_CATEGORIES = ['functional', 'analytics', 'tracking', 'social', 'advertising']

/**
 * Catalogue lookup: an id becomes its entry, an object with a catalogued id is
 * laid over that entry. The script build installs one.
 */
export type ServiceLookup = (entry: ServiceConfig | string) => ServiceConfig | undefined

const ID = /^[a-z][\w-]*$/i
const COOKIE_NAME = /^[!#$%&'*+\-.^`|~\w]+$/

interface Problems {
  add(path: string, expected: string, got: unknown): void
  list: string[]
}

function problems(): Problems {
  const list: string[] = []
  return {
    list,
    add: (path, expected, got) => list.push(`config${path && '.' + path}: expected ${expected}, got ${describe(got)}.`),
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (Array.isArray(value)) return 'an array'
  return value === null ? 'null' : typeof value === 'object' ? 'an object' : String(value)
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Turns what the site wrote into the config the engine works from.
 * Every malformed part is reported (naming its path and what was expected)
 * and replaced by its default or dropped, so a typo never makes a tag run:
 * whatever refers to a dropped category or service simply stays blocked.
 */
export function resolveConfig(
  input: ConsentryConfig = {},
  lookupService?: ServiceLookup,
): { config: ResolvedConfig; errors: string[] } {
  const report = problems()
  if (!isObject(input)) {
    report.add('', 'an object', input)
    input = {}
  }

  const { categories, categoryText } = resolveCategories(input.categories, report)
  const services = resolveServices(input.services, categories, lookupService, report)
  const consentMode = resolveConsentModeOptions(input.consentMode)
  const integrationErrors = consentMode.errors

  const config: ResolvedConfig = {
    revision: wholeNumber(input.revision, 'revision', 0, report),
    siteName: text(input.siteName, 'siteName', report) ?? (typeof location === 'object' ? location.hostname : ''),
    privacyPolicyUrl: url(input.privacyPolicyUrl, 'privacyPolicyUrl', report),
    categories,
    categoryText,
    services,
    cookie: resolveCookie(input.cookie, report),
    consentLog: resolveConsentLog(input.consentLog, report),
    language: text(input.language, 'language', report),
    translations: resolveTranslations(input.translations, report),
    reloadOnWithdrawal: flag(input.reloadOnWithdrawal, 'reloadOnWithdrawal', false, report),
    consentMode: consentMode.options,
    gpcCategories: resolveGpcCategories(input.gpc, categories, integrationErrors),
    autoBlock: flag(input.autoBlock, 'autoBlock', false, report),
    ui: isObject(input.ui) ? input.ui : {},
  }
  if (input.ui !== undefined && !isObject(input.ui)) report.add('ui', 'an object', input.ui)
  report.list.push(...integrationErrors.map((message) => `config.${message}`))
  return { config, errors: report.list }
}

function resolveCategories(input: CategoryInput[] | undefined, report: Problems) {
  const categories = ['necessary']
  const categoryText: ResolvedConfig['categoryText'] = {}
  if (input !== undefined && !Array.isArray(input)) report.add('categories', 'an array of category ids', input)
  const list = Array.isArray(input) ? input : DEFAULT_CATEGORIES
  list.forEach((entry, index) => {
    const id = typeof entry === 'string' ? entry : isObject(entry) ? entry.id : undefined
    if (typeof id !== 'string' || !ID.test(id)) {
      return report.add(`categories[${index}]`, 'a category id such as "analytics" or { id: "analytics" }', entry)
    }
    if (categories.includes(id) && id !== 'necessary') {
      return report.add(`categories[${index}]`, 'a category id that is not already listed', id)
    }
    if (id !== 'necessary') categories.push(id)
    if (isObject(entry)) categoryText[id] = { label: entry.label, description: entry.description }
  })
  return { categories, categoryText }
}

function resolveServices(
  input: ConsentryConfig['services'],
  categories: string[],
  lookupService: ServiceLookup | undefined,
  report: Problems,
): ServiceConfig[] {
  if (input === undefined) return []
  if (!Array.isArray(input)) {
    report.add('services', 'an array of services', input)
    return []
  }
  const services: ServiceConfig[] = []
  input.forEach((entry, index) => {
    const path = `services[${index}]`
    const service = lookupService?.(entry) ?? (typeof entry === 'string' ? undefined : entry)
    if (typeof entry === 'string' && !service) {
      return report.add(path, lookupService ? 'the id of a catalogued service' : 'a service object (ids need the script build)', entry)
    }
    if (!isObject(service)) return report.add(path, 'a service object', entry)
    if (typeof service.id !== 'string' || !ID.test(service.id)) return report.add(`${path}.id`, 'an id such as "hotjar"', service.id)
    if (typeof service.name !== 'string') return report.add(`${path}.name`, 'a display name', service.name)
    if (!categories.includes(service.category)) {
      return report.add(`${path}.category`, `one of ${categories.join(', ')}`, service.category)
    }
    if (services.some((known) => known.id === service.id)) {
      return report.add(`${path}.id`, 'an id no other service has', service.id)
    }
    if (service.cookies !== undefined && !Array.isArray(service.cookies)) {
      return report.add(`${path}.cookies`, 'an array of { name, duration }', service.cookies)
    }
    services.push(service)
  })
  return services
}

function resolveCookie(input: ConsentryConfig['cookie'], report: Problems): ResolvedConfig['cookie'] {
  const secureByDefault = typeof location === 'object' && location.protocol === 'https:'
  const cookie: ResolvedConfig['cookie'] = { name: 'consentry', path: '/', sameSite: 'Lax', secure: secureByDefault, expiresDays: 182 }
  if (input === undefined) return cookie
  if (!isObject(input)) {
    report.add('cookie', 'an object', input)
    return cookie
  }
  if (input.name !== undefined) {
    if (typeof input.name === 'string' && COOKIE_NAME.test(input.name)) cookie.name = input.name
    else report.add('cookie.name', 'a cookie name (letters, digits, - and _)', input.name)
  }
  if (input.domain !== undefined) {
    if (typeof input.domain === 'string' && /^\.?[a-z0-9.-]+$/i.test(input.domain)) cookie.domain = input.domain
    else report.add('cookie.domain', 'a domain such as ".example.com"', input.domain)
  }
  if (input.path !== undefined) {
    if (typeof input.path === 'string' && input.path.startsWith('/')) cookie.path = input.path
    else report.add('cookie.path', 'a path starting with "/"', input.path)
  }
  if (input.sameSite !== undefined) {
    const sameSite = input.sameSite as ResolvedConfig['cookie']['sameSite']
    if (['Lax', 'Strict', 'None'].includes(sameSite)) cookie.sameSite = sameSite
    else report.add('cookie.sameSite', '"Lax", "Strict" or "None"', input.sameSite)
  }
  cookie.secure = flag(input.secure, 'cookie.secure', cookie.secure, report)
  if (input.expiresDays !== undefined) {
    if (typeof input.expiresDays === 'number' && input.expiresDays > 0 && input.expiresDays <= 400) cookie.expiresDays = input.expiresDays
    else report.add('cookie.expiresDays', 'a number of days from 1 to 400', input.expiresDays)
  }
  return cookie
}

function resolveConsentLog(input: ConsentryConfig['consentLog'], report: Problems) {
  if (input === undefined) return undefined
  const target = isObject(input) ? url(input.url, 'consentLog.url', report) : undefined
  if (!isObject(input)) report.add('consentLog', 'an object such as { url: "/consent-log" }', input)
  return target ? { url: target } : undefined
}

function resolveTranslations(input: ConsentryConfig['translations'], report: Problems) {
  if (input === undefined) return {}
  if (isObject(input) && Object.values(input).every(isObject)) return input as Record<string, Record<string, string>>
  report.add('translations', 'an object of languages, each an object of strings', input)
  return {}
}

function wholeNumber(value: unknown, path: string, fallback: number, report: Problems): number {
  if (value === undefined) return fallback
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value
  report.add(path, 'a whole number of 0 or more', value)
  return fallback
}

function flag(value: unknown, path: string, fallback: boolean, report: Problems): boolean {
  if (value === undefined) return fallback
  if (typeof value === 'boolean') return value
  report.add(path, 'true or false', value)
  return fallback
}

function text(value: unknown, path: string, report: Problems): string | undefined {
  if (value === undefined || typeof value === 'string') return value
  report.add(path, 'a string', value)
  return undefined
}

/** Only http(s), mailto and relative URLs; anything else (javascript:, data:) is refused. */
function url(value: unknown, path: string, report: Problems): string | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'string' && isSafeUrl(value)) return value
  report.add(path, 'an http(s), mailto or relative URL', value)
  return undefined
}

export function isSafeUrl(value: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.trim())
  return !scheme || ['http', 'https', 'mailto'].includes(scheme[1].toLowerCase())
}
