import type { ConfigProblem, ResolvedConfig, ScriptConfig, ServiceConfig } from './types'
import type { ConsentModeIntegration } from './integrations/consent-mode'
import { resolveGpcCategories } from './integrations/gpc'

export const DEFAULT_CATEGORIES = ['functional', 'analytics', 'tracking', 'social', 'advertising']

/**
 * Catalogue lookup: an id becomes its entry, an object with a catalogued id is
 * laid over that entry. The script build installs one.
 */
export type ServiceLookup = (entry: ServiceConfig | string) => ServiceConfig | undefined

type Check = (value: unknown) => boolean

// `constructor` and `prototype` (in any case: /i is the cheaper regex) are refused: a record
// never stores such a key (record.ts), so a choice under either would be shown yet forgotten.
const ID = /^(?!constructor$|prototype$)[a-z][\w-]*$/i
/** A plain object: not null, not an array. */
export const isObject = (value: unknown): value is Record<string, any> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
export const isString = (value: unknown): value is string => typeof value === 'string'
const isFlag: Check = (value) => typeof value === 'boolean'
const matches = (pattern: RegExp): Check => (value) => isString(value) && pattern.test(value as string)

/**
 * Only http(s), mailto and relative URLs; anything else (javascript:, data:) is refused. Read as
 * the browser reads it: spaces and control characters around it, and tabs and line breaks
 * anywhere (`java&#9;script:`), are dropped before the scheme is read; dropping every one is
 * stricter still, and shorter. (As is `\w`, whose `_` no scheme has.) Gating reads data-src by it.
 */
export const isSafeUrl = (value: string): boolean => !/^(?!https?:|mailto:)[a-z][\w+.-]*:/i.test(value.replace(/[\0- ]/g, ''))
// Nor a blank one: it names nothing (an empty stylesheet URL would link the page itself), so the default stays.
const safeUrl: Check = (value) => isString(value) && isSafeUrl(value as string) && /\S/.test(value as string)
// Anything else would link no stylesheet, and what it styles would never show.
const stylesheet: Check = (value) => value === false || safeUrl(value)

/** Every plain option: its path, how to tell it is right, and its kind when that is shared. Defaults live in resolveConfig. */
const OPTIONS: [path: string, check: Check, kind?: string][] = [
  ['revision', (value) => Number.isInteger(value) && (value as number) >= 0],
  ['siteName', isString],
  ['privacyPolicyUrl', safeUrl, 'url'],
  ['language', matches(/^[a-z]{2,3}(-[\w]{2,8})*$/i)],
  ['reloadOnWithdrawal', isFlag, 'flag'],
  ['autoBlock', isFlag, 'flag'],
  // No `%`: js-cookie writes it as %25, and the name read back would not match.
  ['cookie.name', matches(/^[\w!#$&'*+.^`|~-]+$/)],
  ['cookie.domain', matches(/^\.?[a-z\d.-]+$/i)],
  ['cookie.path', matches(/^\//)],
  ['cookie.sameSite', matches(/^(Lax|Strict|None)$/)],
  ['cookie.secure', isFlag, 'flag'],
  ['cookie.expiresDays', (value) => typeof value === 'number' && value >= 1 && value <= 400],
  ['consentLog.url', safeUrl, 'url'],
  ['ui.stylesheet', stylesheet, 'stylesheet'],
  ['ui.dialogStylesheet', stylesheet, 'stylesheet'],
]
const GROUPS = ['cookie', 'consentLog', 'ui', 'translations']
/**
 * Every option's path: a name not among them is a typo (`revison`) that would otherwise go unseen.
 * A function, so that no file that imports this one (the engine, the dialog) builds the list on load.
 */
export const knownPaths = () =>
  [...GROUPS, 'categories', 'services', 'consentMode', 'gpc', 'ui.layout', 'ui.position', 'ui.theme', 'ui.reopenButton', ...OPTIONS.map(([path]) => path)]

/**
 * Turns what the site wrote into the config the engine works from. Every
 * malformed part is reported as a problem (its path and what was expected)
 * and replaced by its default or dropped, so a typo never makes a tag run:
 * whatever refers to a dropped category or service simply stays blocked.
 */
export function resolveConfig(
  input?: ScriptConfig,
  lookupService?: ServiceLookup | null,
  servicesLater = false,
  resolveConsentMode: ConsentModeIntegration['resolve'] = withoutConsentMode,
): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = []
  const report: Report = (...problem) => problems.push(problem)
  if (input !== undefined && !isObject(input)) report('', 'object', input)
  const given: Record<string, any> = isObject(input) ? input : {}
  for (const group of GROUPS) if (given[group] !== undefined && !isObject(given[group])) report(group, 'object', given[group])
  // Names it does not know, at the top and in the groups of options (not `translations`, whose keys are languages).
  const known = knownPaths()
  for (const [prefix, object] of [['', given], ...GROUPS.slice(0, 3).map((group) => [group + '.', given[group]])])
    if (isObject(object)) for (const key of Object.keys(object)) if (!known.includes(prefix + key)) report(prefix + key, 'option', object[key])

  const option = (path: string) => {
    const [group, key] = path.split('.')
    const value = key ? (isObject(given[group]) ? given[group][key] : undefined) : given[group]
    const [, check, kind = path] = OPTIONS.find((entry) => entry[0] == path) as (typeof OPTIONS)[number]
    if (value === undefined || check(value)) return value
    report(path, kind, value)
  }

  const categories = resolveCategories(given.categories, report)
  const droppedServices: string[] = []
  // The whole config: the Consent Mode builds check each service's lists there too (service-lists.ts).
  const consentMode = resolveConsentMode(given, report)
  const logUrl = option('consentLog.url')
  const config: ResolvedConfig = {
    revision: option('revision') ?? 0,
    siteName: option('siteName') ?? (typeof location === 'object' ? location.hostname : ''),
    privacyPolicyUrl: option('privacyPolicyUrl'),
    categories: categories.ids,
    categoryText: categories.text,
    // Later: with the catalogue still to come, every id would read as unknown.
    services: servicesLater ? [] : resolveServices(given.services, categories.ids, lookupService, report, droppedServices),
    droppedServices,
    cookie: {
      name: option('cookie.name') ?? 'consentry',
      domain: option('cookie.domain'),
      path: option('cookie.path') ?? '/',
      sameSite: option('cookie.sameSite') ?? 'Lax',
      secure: option('cookie.secure') ?? (typeof location === 'object' && location.protocol == 'https:'),
      expiresDays: option('cookie.expiresDays') ?? 182,
    },
    consentLog: logUrl && { url: logUrl },
    language: option('language'),
    translations: isObject(given.translations) ? given.translations : {},
    reloadOnWithdrawal: option('reloadOnWithdrawal') ?? true,
    consentMode,
    gpcCategories: resolveGpcCategories(given.gpc, categories.ids, report),
    autoBlock: option('autoBlock') ?? false,
    ui: { ...(isObject(given.ui) && given.ui), stylesheet: option('ui.stylesheet'), dialogStylesheet: option('ui.dialogStylesheet') },
  }
  return { config, problems }
}

/** A build without Consent Mode (consentry.js): a config that asks for it is told which file has it. */
function withoutConsentMode({ consentMode }: Record<string, any>, report: Report = () => {}): false {
  if (consentMode !== undefined && consentMode !== false) report('consentMode', 'consentMode.build', consentMode)
  return false
}

/**
 * Records a problem: where, what kind of value was expected (a key of
 * messages.ts, which words it for the console) and what was found.
 */
export type Report = (path: string, expected: string, got: unknown) => void

/** `necessary` first and always; then the site's own, or the five default groups. */
export function resolveCategories(input: unknown, report: Report) {
  const ids = ['necessary']
  const text: ResolvedConfig['categoryText'] = {}
  if (input !== undefined && !Array.isArray(input)) report('categories', 'categories', input)
  const list: unknown[] = Array.isArray(input) ? input : DEFAULT_CATEGORIES
  list.forEach((entry, index) => {
    const id = isObject(entry) ? entry.id : entry
    if (!matches(ID)(id)) return report(`categories[${index}]`, 'category', entry)
    if (id != 'necessary' && ids.includes(id)) return report(`categories[${index}]`, 'category.new', id)
    if (id != 'necessary') ids.push(id)
    if (isObject(entry)) text[id] = { label: entry.label, description: entry.description }
  })
  return { ids, text }
}

/**
 * The ids in `services` as given, entries with a mistake too, known without the catalogue: those a
 * stored decision must name, else they were added since and are refused (record.ts). But an object
 * filed under `necessary`, which needs no consent. (A catalogue id's category comes with the
 * catalogue: the one necessary there, `cloudflare`, added since, reads as refused.)
 */
export const listedServiceIds = (input: unknown): string[] =>
  (Array.isArray(input) ? input : [])
    .filter((entry) => entry?.category != 'necessary')
    .map((entry) => entry?.id ?? entry)
    .filter(isString)

/**
 * The valid entries of `services`, each wrong one reported and its id, where it has one, added to
 * `dropped`; also run alone once a late catalogue arrives. `lookupService` null: the catalogue did
 * not load (reported). The entries that needed it are left out, but none is the site's mistake to
 * tell of or refuse: on this page their tags go by their category; a later page, which finds them
 * listed and not in the decision, refuses them as added since (record.ts), until the visitor decides again.
 */
export function resolveServices(input: unknown, categories: string[], lookupService: ServiceLookup | null | undefined, report: Report, dropped: string[]): ServiceConfig[] {
  if (input !== undefined && !Array.isArray(input)) report('services', 'services', input)
  const services: ServiceConfig[] = []
  ;(Array.isArray(input) ? input : []).forEach((entry, index) => {
    const service = lookupService?.(entry) ?? (isString(entry) ? undefined : entry)
    const problem = serviceProblem(service, services, categories)
    if (!problem) {
      services.push(service)
      return
    }
    if (lookupService === null) return
    const id = isString(entry) ? entry : service?.id
    // A second entry under a taken id leaves the first one standing. An id Consentry refuses (`Google
    // Analytics`, vanilla-cookieconsent's way) is still what the page's tags name: they stay blocked too.
    if (problem[1] != '.id.unique' && isString(id)) dropped.push(id)
    if (isString(entry) && !problem[0]) {
      report(`services[${index}]`, lookupService ? 'service.catalogued' : 'service.catalogued.script', entry)
    } else {
      const [field, kind = field] = problem
      report(`services[${index}]${field}`, 'service' + kind, field ? service[field.slice(1)] : entry)
    }
  })
  return services
}

/** The first thing wrong with a service entry: the field, and what is wrong with it when the field alone does not say. */
function serviceProblem(service: any, known: ServiceConfig[], categories: string[]): [field: string, kind?: string] | undefined {
  if (!isObject(service)) return ['']
  if (!matches(ID)(service.id)) return ['.id']
  if (!isString(service.name)) return ['.name']
  if (!categories.includes(service.category)) return ['.category']
  if (known.some((other) => other.id == service.id)) return ['.id', '.id.unique']
  // Each a { name }: a bare '_ga' would leave the engine nothing to delete on withdrawal.
  if (service.cookies !== undefined && !(Array.isArray(service.cookies) && service.cookies.every((c: any) => isString(c?.name) || c?.name instanceof RegExp)))
    return ['.cookies']
  return undefined
}
