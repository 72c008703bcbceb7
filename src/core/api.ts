import { autoBlock } from './auto-block'
import { resolveConfig, type ServiceLookup } from './config'
import { sendConsentLog } from './consent-log'
import { deleteDeclaredCookies } from './cookies'
import { emit } from './events'
import { activateAllowed, type Permission } from './gating'
import { installConsentMode, isAdvancedConsentModeService } from './integrations/consent-mode'
import { applyGpc, gpcSignal } from './integrations/gpc'
import { resolveLanguage } from './language'
import { logError, logWarning } from './log'
import { newConsentId } from './record'
import { $config, $consent, $view } from './state'
import { readRecord, removeRecord, writeRecord } from './storage'
import type {
  ConsentChange,
  ConsentChoice,
  ConsentMethod,
  ConsentRecord,
  ConsentryApi,
  ConsentryConfig,
  MountUI,
  ResolvedConfig,
  UIHost,
  View,
} from './types'

/** How an entry point (ES module or classic script) plugs into the engine. */
export interface EngineOptions {
  /** Fetches the UI chunk; called the first time something must be shown. */
  loadUI?: () => Promise<MountUI>
  /** Resolves catalogue ids in `config.services`. */
  lookupService?: ServiceLookup
  /** Runs once after init, e.g. to start the withdrawal button. */
  onStart?: (host: UIHost) => void
}

const RUNNING = Symbol.for('consentry')
let options: EngineOptions = {}
let host: UIHost | undefined
let uiLoading: Promise<void> | undefined
const listeners = new Set<(change: ConsentChange) => void>()

export function configure(engineOptions: EngineOptions): void {
  options = { ...options, ...engineOptions }
}

export function init(input?: ConsentryConfig): void {
  if (typeof window === 'undefined' || typeof document === 'undefined') {
    throw new Error('[consentry] init() needs a browser: call it in client-side code (e.g. in useEffect or onMount), not during server rendering.')
  }
  // Shared by every copy of Consentry on the page (ES module and classic script alike).
  const running = window as { [RUNNING]?: boolean }
  if (host || running[RUNNING]) {
    return logWarning('init() was called more than once (is Consentry loaded twice?); the first configuration stays in effect.')
  }
  running[RUNNING] = true

  const { config, errors } = resolveConfig(input, options.lookupService)
  errors.forEach(logError)
  const gpc = config.gpcCategories.length > 0 && gpcSignal()
  const language = resolveLanguage(config.language, config.translations, document, navigator)
  host = { api, config, $view, $consent, language, gpc }
  $config.set(config)

  // Google must hear the defaults before any of its tags can run.
  if (config.consentMode) installConsentMode(config, $consent)
  $consent.set(readRecord(config.cookie, validity(config)))
  if (config.autoBlock) autoBlock(config.services, permitted, loadUI)

  $view.subscribe((view) => view !== 'none' && loadUI())
  document.addEventListener('click', openPreferencesFromLink)
  // Consentry sits in <head>: the tags it guards, and the parts of the page it fills in, are parsed after it.
  if (document.readyState === 'loading') {
    activateTags()
    document.addEventListener('DOMContentLoaded', onPageParsed)
  } else onPageParsed()

  const consent = getConsent()
  if (consent) emit('consentry:consent', consent)
  else $view.set('banner')
  options.onStart?.(host)
  emit('consentry:ready', { consent })
}

export function acceptAll(): void {
  const config = requireConfig()
  if (!config) return
  const refused = host?.gpc ? config.gpcCategories : []
  decide('accept-all', applyGpc(config.categories, refused))
}

export function rejectAll(): void {
  decide('reject-all', [])
}

export function save(choice: ConsentChoice): void {
  const config = requireConfig()
  if (!config) return
  if (!choice || !Array.isArray(choice.categories)) {
    return logError('save() expects { categories: string[], services?: { [id]: boolean } }; nothing was changed.')
  }
  const unknown = choice.categories.filter((id) => !config.categories.includes(id))
  if (unknown.length) logError(`save(): unknown categories ${unknown.join(', ')} were ignored; expected ${config.categories.join(', ')}.`)
  decide('custom', choice.categories, choice.services)
}

/** A copy of the valid decision, so the page cannot change the stored state by accident. */
export function getConsent(): ConsentRecord | null {
  const consent = $consent.get()
  return consent && JSON.parse(JSON.stringify(consent))
}

export function isAllowed(what: string): boolean {
  const consent = $consent.get()
  if (!consent || typeof what !== 'string') return false
  const [category, service] = what.split('.')
  return consent.categories[category] === true && (!service || consent.services[service] !== false)
}

export function onChange(listener: (change: ConsentChange) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const showBanner = (): void => setView('banner')
export const showPreferences = (): void => setView('preferences')
export const hide = (): void => setView('none')

export function reset(): void {
  const config = requireConfig()
  if (!config) return
  removeRecord(config.cookie)
  $consent.set(null)
  $view.set('banner')
}

export const api: ConsentryApi = {
  init,
  acceptAll,
  rejectAll,
  save,
  getConsent,
  isAllowed,
  onChange,
  showBanner,
  showPreferences,
  hide,
  reset,
}

function decide(method: ConsentMethod, allowedCategories: string[], serviceChoices: Record<string, boolean> = {}): void {
  const config = requireConfig()
  if (!config || !host) return
  const previous = $consent.get()
  const chosen = (category: string) => category === 'necessary' || allowedCategories.includes(category)
  const services: Record<string, boolean> = {}
  for (const service of config.services) services[service.id] = serviceChoices[service.id] ?? chosen(service.category)
  // A category is allowed when chosen, or when one of its services is (for that service only).
  const categories: Record<string, boolean> = {}
  for (const id of config.categories) {
    categories[id] = chosen(id) || config.services.some((service) => service.category === id && services[service.id])
  }

  const withdrawn = previous ? withdrawnIds(previous, categories, services) : []
  const now = new Date().toISOString()
  const consent: ConsentRecord = {
    schema: 1,
    id: previous?.id ?? newConsentId(),
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    revision: config.revision,
    categories,
    services,
    method: withdrawn.length ? 'withdrawal' : method,
    language: host.language,
  }
  if (host.gpc) consent.gpc = true

  writeRecord(consent, config.cookie)
  $consent.set(consent)
  $view.set('none')
  if (withdrawn.length) deleteDeclaredCookies(withdrawnCookies(config, withdrawn))
  announce(consent, previous)
  if (config.consentLog) sendConsentLog(config.consentLog.url, consent)
  if (withdrawn.length && config.reloadOnWithdrawal) location.reload()
  else activateTags()
}

/** Services (by id) whose permission went from granted to refused. */
function withdrawnIds(previous: ConsentRecord, categories: Record<string, boolean>, services: Record<string, boolean>): string[] {
  const config = $config.get() as ResolvedConfig
  return config.services
    .filter((service) => {
      const before = previous.categories[service.category] === true && previous.services[service.id] !== false
      return before && !services[service.id]
    })
    .map((service) => service.id)
    .concat(Object.keys(categories).filter((id) => previous.categories[id] === true && !categories[id]))
}

function withdrawnCookies(config: ResolvedConfig, withdrawn: string[]) {
  return config.services
    .filter((service) => withdrawn.includes(service.id) || withdrawn.includes(service.category))
    .flatMap((service) => service.cookies || [])
}

function announce(consent: ConsentRecord, previous: ConsentRecord | null): void {
  const changed = (before: Record<string, boolean> | undefined, after: Record<string, boolean>) =>
    Object.keys(after).filter((id) => !before || (before[id] === true) !== after[id])
  const change: ConsentChange = {
    consent: getConsent() as ConsentRecord,
    changedCategories: changed(previous?.categories, consent.categories),
    changedServices: changed(previous?.services, consent.services),
  }
  emit('consentry:consent', change.consent)
  emit('consentry:change', change)
  listeners.forEach((listener) => {
    try {
      listener(change)
    } catch (error) {
      logError(`an onChange listener threw: ${(error as Error)?.message ?? error}`)
    }
  })
}

/** Elements the UI fills in even when no banner is due, e.g. the cookie declaration. */
const UI_TARGETS = '[data-consentry="declaration"]'

function onPageParsed(): void {
  activateTags()
  if (document.querySelector(UI_TARGETS)) loadUI()
}

/** Whether a held-back tag of this category (and service) may run now. */
const permitted: Permission = (category, service) =>
  isAllowed(service ? `${category}.${service}` : category) ||
  (service !== undefined && isAdvancedConsentModeService($config.get() as ResolvedConfig, service))

function activateTags(): void {
  void activateAllowed(permitted, ($config.get() as ResolvedConfig).categories)
  // An embed that stays held back gets a placeholder (also after a withdrawal re-blocks it).
  for (const embed of document.querySelectorAll('iframe[data-src][data-category]')) {
    if (!permitted(embed.getAttribute('data-category') as string, embed.getAttribute('data-service') || undefined)) return loadUI()
  }
}

function validity(config: ResolvedConfig) {
  return { revision: config.revision, expiresDays: config.cookie.expiresDays, now: Date.now() }
}

function openPreferencesFromLink(event: MouseEvent): void {
  const target = event.target as Element | null
  if (target?.closest?.('[data-consentry="preferences"]')) {
    event.preventDefault()
    showPreferences()
  }
}

function setView(view: View): void {
  if (requireConfig()) $view.set(view)
}

function loadUI(): void {
  if (uiLoading || !options.loadUI || !host) return
  const ready = host
  uiLoading = options
    .loadUI()
    .then((mount) => mount(ready))
    .catch((error) => {
      uiLoading = undefined
      logError(`could not load the consent interface (${(error as Error)?.message ?? error}). Tags stay blocked.`)
    })
}

function requireConfig(): ResolvedConfig | undefined {
  const config = $config.get()
  if (!config) logError('call init(config) before using the API.')
  return config ?? undefined
}
