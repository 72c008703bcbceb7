import type { autoBlock } from './auto-block'
import { isString, listedServiceIds, resolveConfig, resolveServices, type ServiceLookup } from './config'
import { emit } from './events'
import { onAdded } from './added'
import { keep } from './kept'
import { activateAllowed, HELD_BACK, type Permission } from './gating'
import type { ConsentModeIntegration } from './integrations/consent-mode'
import { gpcSignal } from './integrations/gpc'
import { resolveLanguage } from './language'
import { tell, tellError, tellWarning, words } from './log'
import { DECLARATION, HELD_EMBED } from './selectors'
import { $config, $consent, $view } from './state'
import { allows, type Validity } from './record'
import { isNewer, readRecord } from './storage'
import type {
  ConsentChange,
  ConsentChoice,
  ConsentRecord,
  ConsentryApi,
  ConfigProblem,
  Decision,
  DecisionEngine,
  DecisionSource,
  ExplainProblems,
  FrozenConsent,
  MountUI,
  ResolvedConfig,
  ScriptConfig,
  UIHost,
  View,
} from './types'

/** How an entry point (ES module or classic script) plugs into the engine. */
export interface EngineOptions {
  /** Fetches the UI chunk, for the visitor's `language`; called the first time something must be shown. */
  loadUI?: (language: string) => Promise<MountUI>
  /** The decision-making half of the engine, when it is bundled with the core (ES module). */
  engine?: DecisionEngine
  /**
   * Fetches it otherwise (the script build's consentry-engine.js): when the visitor heads for a
   * choice, or on the first decision. It may be asked again before the first call settles, so it
   * shares one fetch (the script build's sibling loader does).
   */
  loadEngine?: () => Promise<DecisionEngine>
  /** Words what the core has to tell (log.ts); the script build fetches the words only when there is something. */
  explainProblems?: ExplainProblems
  /** Resolves catalogue ids in `config.services` (null: the catalogue did not load, see loadCatalogue). */
  lookupService?: ServiceLookup | null
  /**
   * Fetches the catalogue instead (the script build, where nothing in the core acts on
   * services: no Consent Mode, no autoBlock). Ids are then resolved, and reported when
   * wrong, once the dialog or the engine is wanted (the banner names no service): a page
   * that only reads a stored decision, or whose visitor reads on, never fetches the catalogue.
   * Resolves to undefined where the config names no id, and to null where the catalogue did not load.
   */
  loadCatalogue?: () => Promise<ServiceLookup | null | undefined>
  /** Holds back tags that code adds for known hosts (`autoBlock: true`); left out of consentry.js. */
  autoBlock?: typeof autoBlock
  /** Google Consent Mode (`consentMode`); left out of consentry.js, whose config check then says which file has it. */
  consentMode?: ConsentModeIntegration
  /** The stylesheet to link when the config names none (the script build's consentry.css). */
  stylesheet?: string
  /** Runs once after init, e.g. to start the withdrawal button. */
  onStart?: (host: UIHost) => void
}

const RUNNING = Symbol.for('consentry')
let options: EngineOptions = {}
let host: UIHost | undefined
let uiLoading: Promise<void> | undefined
let servicesLoading: Promise<void> | undefined
let given: ScriptConfig | undefined
const listeners = new Set<(change: ConsentChange) => void>()

export function configure(engineOptions: EngineOptions): void {
  options = { ...options, ...engineOptions }
  words.explain = options.explainProblems
}

/** Takes catalogue ids too (the script build's config): the ES module's own init() types them out. */
export function init(input?: ScriptConfig): void {
  // Shared by every copy of Consentry on the page (ES module and classic script alike).
  const running = window as { [RUNNING]?: boolean }
  if (host || running[RUNNING]) {
    return tellWarning('init.twice')
  }
  running[RUNNING] = true

  given = input
  const { config, problems } = resolveConfig(input, options.lookupService, !!options.loadCatalogue, options.consentMode?.resolve)
  // Also for a config too malformed to name one: its banner must still show. (`ui` is resolveConfig's own copy.)
  config.ui.stylesheet ??= options.stylesheet
  const gpc = config.gpcCategories.length > 0 && gpcSignal()
  const language = resolveLanguage(config.language, config.translations, document, navigator)
  host = { api, config, $view, $consent, language, gpc, prepareDecision, servicesReady, keep, tell }
  $config.set(config)
  if (config.autoBlock && !options.autoBlock) problems.push(['autoBlock', 'autoBlock.build', true])
  if (problems.length) tell(problems, config.categories)

  // Google must hear the defaults before any of its tags can run.
  if (config.consentMode) options.consentMode?.install(config, $consent)
  $consent.set(readRecord(config.cookie, validity(config), true))
  if (config.autoBlock) options.autoBlock?.(config.services, permitted, loadUI)

  // The preferences list the services: where the UI chunk has yet to come (a returning visit),
  // the catalogue comes beside it, not a round trip after it, when the UI chunk asks.
  $view.subscribe((view) => view != 'none' && (loadUI(), view == 'preferences' && servicesReady()))
  document.addEventListener('click', openPreferencesFromLink)
  // Also fired when the page comes back from the back/forward cache.
  document.addEventListener('visibilitychange', adoptNewerDecision)
  // At once, in a window in view beside the other, where the browser says when a cookie changes:
  // when ours does, as the page's other cookies (its tags set them as they run) cannot bring a decision.
  ;(window as { cookieStore?: EventTarget }).cookieStore?.addEventListener(
    'change',
    (event) => (event as CookieChangeEvent).changed.some((cookie) => cookie.name == config.cookie.name) && adoptNewerDecision(),
  )
  // Consentry sits in <head>: the tags it guards, and the parts of the page it fills in, are parsed after it.
  if (document.readyState == 'loading') {
    activateTags()
    document.addEventListener('DOMContentLoaded', onPageParsed)
  } else onPageParsed()

  const consent = getConsent()
  if (consent) emit('consentry:consent', consent)
  else $view.set('banner')
  options.onStart?.(host)
  emit('consentry:ready', { consent })
}

export const acceptAll = (source?: DecisionSource | object): void => decide('accept-all', source)
export const rejectAll = (source?: DecisionSource | object): void => decide('reject-all', source)
export const save = (choice: ConsentChoice, source?: DecisionSource | object): void => decide('custom', source, choice)

/**
 * A frozen copy of the valid decision, so the page cannot change the stored state by accident.
 * The same copy until the decision changes: React's useSyncExternalStore takes a new object
 * on every call for a change, and would render again without end.
 */
export function getConsent(): FrozenConsent | null {
  const consent = $consent.get()
  if (consent != copied) {
    copied = consent
    copy = consent && JSON.parse(JSON.stringify(consent), (_, value) => (typeof value == 'object' ? Object.freeze(value) : value))
  }
  return copy
}
let copied: ConsentRecord | null = null
let copy: FrozenConsent | null = null

export const isAllowed = (what: string): boolean => isString(what) && allowedNow(...(what.split('.') as [string, string?]))

/**
 * Whether the current decision allows this category, or this service of it. Without one, only
 * `necessary`, which needs no consent: its tags run at once, as the page needs them whether or
 * not the visitor ever answers the banner. Only a category of the config Consentry runs on: a
 * stored record may still say yes to one the site has since removed, and before init (or on the
 * server) there is no config, so nothing, as the README says.
 */
const allowedNow = (category: string, service?: string): boolean =>
  !!$config.get()?.categories.includes(category) && allows($consent.get(), category, service)

export function onChange(listener: (change: ConsentChange) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const showBanner = (): void => setView('banner')
export const showPreferences = (): void => setView('preferences')
export const hide = (): void => setView('none')

export const reset = (): void => withEngine((engine, _, host) => forget(engine, host))

/** No decision any more, here or (`elsewhere`) on another page: the banner asks again. */
function forget(engine: DecisionEngine, host: UIHost, elsewhere?: boolean): void {
  const forgotten = engine.forget(host, elsewhere)
  if (forgotten) {
    $consent.set(null)
    $view.set('banner')
    // Not a decision, yet what acts on a withdrawal (a page's own tags stopped, a router's copies
    // cleared) must hear of it, also where the page reloads: at once, before it goes.
    emit('consentry:forget', forgotten)
  }
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

function decide(method: 'accept-all' | 'reject-all' | 'custom', source?: DecisionSource | object, choice?: ConsentChoice): void {
  withEngine((engine, config, ready) => {
    const decision = engine.decide(ready, method, choice, source)
    if (decision) apply(decision, config)
  })
}

function apply({ consent, withdrawn, changedCategories, changedServices }: Decision, config: ResolvedConfig): void {
  $consent.set(consent)
  $view.set('none')
  announce({ consent: getConsent() as FrozenConsent, changedCategories, changedServices })
  if (withdrawn && config.reloadOnWithdrawal) location.reload()
  else activateTags()
}

/**
 * Runs `use` with the decision engine: at once when it is here, else once it
 * has loaded. The config is checked first, so a call before init() says so.
 */
function withEngine(use: (engine: DecisionEngine, config: ResolvedConfig, host: UIHost) => void): void {
  const config = requireConfig()
  // Set with the config, by init.
  const ready = host as UIHost
  if (!config) return
  if (options.engine) return use(options.engine, config, ready)
  loadEngine()
    .then((engine) => use(engine, config, ready))
    .catch((error) => tellError('load.engine', (error as Error)?.message ?? error))
}

function loadEngine(): Promise<DecisionEngine> {
  // Fetched side by side; the engine decides only with every service known. Every entry point
  // gives an engine or a way to load one; without either, using it fails, and withEngine says so.
  return Promise.all([options.loadEngine?.(), servicesReady()]).then(([engine]) => (options.engine = engine as DecisionEngine))
}

/** The config's services in full: at once, unless the catalogue has yet to be fetched (see `loadCatalogue`). */
function servicesReady(): Promise<void> {
  const load = options.loadCatalogue
  return (servicesLoading ||= load ? load().then(addServices) : Promise.resolve())
}

/** The services, once the catalogue is here (or known not to come), into the config the host holds: the UI and the engine read it. */
function addServices(lookup: ServiceLookup | null | undefined): void {
  const config = $config.get() as ResolvedConfig
  const problems: ConfigProblem[] = []
  config.services.push(...resolveServices(givenServices(), config.categories, lookup, (...problem) => problems.push(problem), config.droppedServices))
  if (problems.length) tell(problems, config.categories)
}

/** The UI's hint that a decision may be near: the engine starts loading, so the click need not wait for it. */
function prepareDecision(): void {
  // A failure is reported when a decision asks for the engine again.
  if (!options.engine) loadEngine().catch(() => {})
}

function announce(change: ConsentChange): void {
  emit('consentry:consent', change.consent)
  emit('consentry:change', change)
  listeners.forEach((listener) => {
    try {
      listener(change)
    } catch (error) {
      tellError('listener.threw', error)
    }
  })
}

/** Elements the UI fills in even when no banner is due, e.g. the cookie declaration. */
function onPageParsed(): void {
  fillIn()
  // A single-page app adds tags, embeds and declarations later: they are treated as those in the HTML were.
  onAdded(HELD_BACK + ',' + DECLARATION, fillIn)
}

function fillIn(): void {
  activateTags()
  if (document.querySelector(DECLARATION)) loadUI()
}

/**
 * Whether a held-back tag of this category (and service) may run now. Asked with the tag's own
 * attributes, not a "category.service" string: a service with a dot in it (no listed id has one)
 * must not read as the service before the dot.
 */
const permitted: Permission = (category, service) =>
  allowedNow(category, service) ||
  (service !== undefined && !!options.consentMode?.isAdvanced($config.get() as ResolvedConfig, service))

function activateTags(): void {
  void activateAllowed(permitted, ($config.get() as ResolvedConfig).categories)
  // An embed that stays held back gets a placeholder (also after a withdrawal re-blocks it).
  for (const embed of document.querySelectorAll(HELD_EMBED)) {
    if (!permitted(embed.getAttribute('data-category') as string, embed.getAttribute('data-service') || undefined)) return loadUI()
  }
}

/**
 * A decision made in another tab or window, or on another page while this one sat in
 * the back/forward cache, takes effect here once the page is in view, as if made here;
 * so does one forgotten there. A page whose own decision could not be stored keeps it.
 */
function adoptNewerDecision(): void {
  if (document.hidden) return
  const config = $config.get() as ResolvedConfig
  const stored = readRecord(config.cookie, validity(config))
  const current = $consent.get()
  // None that holds: reset() on another page, the decision ran out, or another page decided under a
  // newer revision (its answer may be a refusal, so this page's older one no longer stands either).
  if (stored ? isNewer(stored, current) : current) {
    // Unless this page has decided (or adopted) in the meantime.
    withEngine((engine, config, host) => $consent.get() == current && (stored ? apply(engine.adopt(host, stored), config) : forget(engine, host, true)))
  }
}

function validity(config: ResolvedConfig): Validity {
  return { revision: config.revision, expiresDays: config.cookie.expiresDays, now: Date.now(), gpc: host!.gpc, services: listedServiceIds(givenServices()) }
}

const givenServices = (): unknown => (given as { services?: unknown } | null | undefined)?.services

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
    .loadUI(ready.language)
    .then((mount) => mount(ready))
    .catch((error) => {
      uiLoading = undefined
      tellError('load.ui', (error as Error)?.message ?? error)
    })
}

function requireConfig(): ResolvedConfig | null {
  const config = $config.get()
  if (!config) tellError('init.first')
  return config
}
