import type { ConsentModeType, ConsentRecord, ReadableStore, ResolvedConfig, ServiceConfig } from '../types'
import { isObject, resolveCategories, type Report } from '../config'
import { earlyDecision } from './consent-mode-early'
import { checkGoogleWentFirst, checkUnmarkedGoogleTags } from './google-tag-checks'
import { allows } from '../record'
import { checkServiceLists, declaresTypes, typesOf } from '../service-lists'
import { CONSENT_MODE_TYPES, DEFAULT_CONSENT_MODE_MAPPING, resolveConsentModeOptions } from './consent-mode-options'

export { CONSENT_MODE_TYPES, DEFAULT_CONSENT_MODE_MAPPING, resolveConsentModeOptions } from './consent-mode-options'

/** A `gtag('consent', …)` payload. */
export type ConsentModePayload = Partial<Record<ConsentModeType, 'granted' | 'denied'>> & {
  wait_for_update?: number
  region?: string[]
}

/**
 * The dataLayer event pushed after every `update`: on each page with a stored
 * decision and on each change. GTM triggers fire on it ("Custom Event" named
 * `consentry_consent_update`) and read `consentry.categories.<id>` and
 * `consentry.services.<id>` (booleans, every configured id present, so GTM's
 * merged data model never keeps a stale true), and `consentry.changedCategories.<id>`
 * and `consentry.changedServices.<id>`: true where the answer differs from the one this
 * event last told on this page (the first time, from the defaults: what is allowed), so
 * that a trigger on "analytics allowed and changed" fires once, not on every later change.
 */
export const CONSENT_UPDATE_EVENT = 'consentry_consent_update'

type Gtag = (...args: unknown[]) => void
type GoogleWindow = { dataLayer?: unknown[]; gtag?: Gtag }

/** Google's own snippet: tags read each command as an Arguments object; an array is ignored. */
export const gtag: Gtag = function () {
  // eslint-disable-next-line prefer-rest-params
  dataLayer().push(arguments)
}

/** `gtag`, also installed as the page's own unless it has one. */
function pageGtag(): Gtag {
  const page = window as unknown as GoogleWindow
  if (typeof page.gtag !== 'function') page.gtag = gtag
  return gtag
}

const dataLayer = (): unknown[] => ((window as unknown as GoogleWindow).dataLayer ||= [])

/** The entry our `default` became: seeing it in dataLayer means it was pushed on this page. */
let pushedDefault: unknown

/**
 * Pushes `default` (and the `set` commands) once per page. The script build
 * calls it before it waits for anything (the catalogue, a data-config file),
 * because an unblocked Google snippet may run in that time; init calls it again
 * and the second call does nothing.
 */
export function pushConsentModeDefaults(config: Pick<ResolvedConfig, 'consentMode'>): void {
  const options = config.consentMode
  if (!options || typeof window === 'undefined' || dataLayer().includes(pushedDefault)) return
  // Too late to undo: say so. (Still pushed: tags that fire on later events read it.)
  checkGoogleWentFirst(dataLayer())
  const gtag = pageGtag()
  gtag('consent', 'default', consentModeDefaults(config))
  pushedDefault = dataLayer()[dataLayer().length - 1]
  if (options.adsDataRedaction) gtag('set', 'ads_data_redaction', true)
  if (options.urlPassthrough) gtag('set', 'url_passthrough', true)
}

const categoriesFor = (config: Pick<ResolvedConfig, 'consentMode'>, type: ConsentModeType): string[] =>
  (config.consentMode && config.consentMode.mapping[type]) || DEFAULT_CONSENT_MODE_MAPPING[type]

const isServiceAllowed = (record: ConsentRecord | null, service: ServiceConfig): boolean =>
  service.category === 'necessary' ||
  (!!record && allows(record, service.category, service.id))

const payload = (granted: (type: ConsentModeType) => boolean): ConsentModePayload => {
  const result: ConsentModePayload = {}
  for (const type of CONSENT_MODE_TYPES) result[type] = granted(type) ? 'granted' : 'denied'
  return result
}

/** The `default` command: everything denied except types mapped to `necessary`. */
export function consentModeDefaults(config: Pick<ResolvedConfig, 'consentMode'>): ConsentModePayload {
  const result = payload((type) => categoriesFor(config, type).includes('necessary'))
  const options = config.consentMode
  if (options && options.waitForUpdate !== undefined) result.wait_for_update = options.waitForUpdate
  if (options && options.region && options.region.length) result.region = options.region.slice()
  return result
}

/**
 * The `update` command for a decision (null: none, or withdrawn). A type is
 * granted when one of its categories is allowed. When services in the config
 * declare the type, one of them must be allowed instead, with its category or
 * on its own, whatever that category is called: a visitor who allows analytics
 * but switches Google Analytics off must not grant analytics_storage, one who
 * allows Google Analytics alone must, and so must one who allows the
 * `statistics` category a site migrating from another tool files it under.
 */
export function consentModeUpdate(config: ResolvedConfig, record: ConsentRecord | null): ConsentModePayload {
  return payload((type) => {
    const categories = categoriesFor(config, type)
    if (categories.includes('necessary')) return true
    if (!record) return false
    const users = config.services.filter((service) => typesOf(service)?.includes(type))
    return users.length
      ? users.some((service) => isServiceAllowed(record, service))
      : categories.some((id) => record.categories[id] === true)
  })
}

/**
 * In advanced mode, Google tags that understand Consent Mode (services with a
 * `consentMode` list, even an empty one) may load before consent: they run with
 * the denied defaults. Everything else, YouTube and Maps included, waits as usual.
 */
export function isAdvancedConsentModeService(config: ResolvedConfig, serviceId: string): boolean {
  const options = config.consentMode
  return (
    !!options &&
    options.mode === 'advanced' &&
    config.services.some((service) => service.id === serviceId && declaresTypes(service))
  )
}

const summary = (config: ResolvedConfig, record: ConsentRecord | null) => {
  const categories: Record<string, boolean> = {}
  const services: Record<string, boolean> = {}
  for (const id of config.categories) categories[id] = id === 'necessary' || (!!record && record.categories[id] === true)
  for (const service of config.services) services[service.id] = isServiceAllowed(record, service)
  return { categories, services }
}

/**
 * Which answers differ from those told before, as booleans with every id present rather than a
 * list: GTM merges a pushed array into the one it holds index by index, so a shorter list would
 * keep the ids of the longer one before it.
 */
const changes = (before: Record<string, boolean>, now: Record<string, boolean>) => {
  const changed: Record<string, boolean> = {}
  for (const id in now) changed[id] = now[id] != before[id]
  return changed
}

/**
 * Speaks Consent Mode on this page. Call it once, synchronously in init, before
 * any Google tag can run: it pushes `default` (and the `set` commands) unless
 * that was done already, then `update` + CONSENT_UPDATE_EVENT for a stored
 * decision and for every later change. Returns a function that stops
 * listening. Does nothing when Consent Mode is off or there is no window.
 */
export function installConsentMode(config: ResolvedConfig, $consent: ReadableStore<ConsentRecord | null>): () => void {
  if (!config.consentMode || typeof window === 'undefined') return () => {}
  pushConsentModeDefaults(config)
  if (config.consentMode.mode == 'basic') checkUnmarkedGoogleTags($consent)
  const gtag = pageGtag()
  // What GTM was last told: at first, the defaults' nothing-but-necessary.
  let told = summary(config, null)
  const update = (record: ConsentRecord | null) => {
    gtag('consent', 'update', consentModeUpdate(config, record))
    const now = summary(config, record)
    const consentry = { ...now, changedCategories: changes(told.categories, now.categories), changedServices: changes(told.services, now.services) }
    dataLayer().push({ event: CONSENT_UPDATE_EVENT, consentry })
    told = now
  }
  // No decision yet: the defaults stand, and an update now would claim one.
  const stored = $consent.get()
  if (stored) update(stored)
  // Unless the early update told one (pushDefaultsFirst) that init, reading the cookie again just
  // after this, no longer finds (reset() in another tab, or run out, while the catalogue loaded):
  // Google must not go on hearing a grant with no decision behind it.
  if (toldEarly) Promise.resolve().then(() => $consent.get() || update(null))
  return $consent.listen(update)
}

/**
 * The config's `consentMode`, resolved from the config as given. Each service's `consentMode` and
 * `hosts` are checked here too: only Consent Mode and autoBlock (which never comes without it)
 * read those lists, so the builds that act on them report a wrong one, and consentry.js, which
 * reads neither, does not pay for the check.
 */
function resolveConsentMode(config: Record<string, any>, report: Report = () => {}): ResolvedConfig['consentMode'] {
  checkServiceLists(config.services, report)
  const options = resolveConsentModeOptions(config.consentMode, report)
  if (options) checkMappedCategories(config, report)
  return options
}

/**
 * A category in `consentMode.mapping` that the config does not have (a typo such as `analytic`)
 * never grants its type: reported at its place, as the types would otherwise stay denied unseen.
 */
function checkMappedCategories({ categories, consentMode }: Record<string, any>, report: Report): void {
  // As resolveConfig reads them (which reports what is wrong with them).
  const { ids } = resolveCategories(categories, () => {})
  const mapping = isObject(consentMode) && consentMode.mapping
  if (!isObject(mapping)) return
  for (const type of Object.keys(mapping)) {
    const given: unknown = mapping[type]
    // An unknown type, or a list that is not one of strings, was reported (and left out) by resolveConsentModeOptions.
    if (CONSENT_MODE_TYPES.includes(type as ConsentModeType) && Array.isArray(given) && given.every((id) => typeof id == 'string'))
      given.forEach((id, i) => ids.includes(id) || report(`consentMode.mapping.${type}[${i}]`, 'consentMode.mapping.category', id))
  }
}

/**
 * The script build's first word to Google, from the config as given, before it waits for
 * anything: the default, and for a returning visitor, when the catalogue is still to come,
 * an update that grants no more than init's complete one will (consent-mode-early.ts).
 */
function pushDefaultsFirst(given: Record<string, any>): void {
  const consentMode = resolveConsentModeOptions(given.consentMode)
  pushConsentModeDefaults({ consentMode })
  const early = consentMode && earlyDecision(given, consentMode.mode == 'advanced')
  // Read off the mapping alone: the services' own types come with the catalogue.
  if (early) pageGtag()('consent', 'update', consentModeUpdate({ ...early.config, consentMode, services: [] }, early.record))
  toldEarly = !!early
}
let toldEarly = false

/**
 * Consent Mode as the core takes it (configure({ consentMode })): the ES module and
 * consentry-consent-mode.js / consentry-autoblock.js carry it; consentry.js does not.
 */
export const consentModeIntegration = {
  resolve: resolveConsentMode,
  pushDefaults: pushDefaultsFirst,
  install: installConsentMode,
  isAdvanced: isAdvancedConsentModeService,
}
export type ConsentModeIntegration = typeof consentModeIntegration
