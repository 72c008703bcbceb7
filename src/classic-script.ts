/**
 * What the classic script builds share: `<script src=".../consentry.js">` in `<head>`.
 * Reads `window.consentryConfig` (or the JSON named by `data-config`), starts
 * at once so it runs before the tags it guards, and exposes `window.Consentry`.
 * The UI comes from `consentry-ui.<language>.js` next to this file, fetched only when
 * something must be shown; the decision engine from `consentry-engine.js`,
 * fetched only when the visitor heads for a choice; the floating button from
 * `consentry-button.js`, once there is a decision.
 */
import { api, configure, init, type EngineOptions } from './core/api'
import { onAdded } from './core/added'
import { tellError, tellWarning } from './core/log'
import { isObject, isString, type ServiceLookup } from './core/config'
import type { ConsentryConfig, DecisionEngine, ExplainProblems, MountUI, ScriptConfig, UIHost } from './core/types'
import type { CoreFiles } from './ui/index'
import { $config } from './core/state'
import { cookieValues } from './core/storage'
import { NEEDS_DIALOG } from './core/selectors'
import { builtInLanguage, resolveLanguage } from './core/language'
import { gtag, type ConsentModeIntegration } from './core/integrations/consent-mode'
import { ensureStylesheet } from './ui/page'
import { startButton, type CreateButton } from './ui/start-button'

declare global {
  // Consentry and consentryConfig are public: declared in core/types.ts.
  interface Window {
    ConsentryUI?: Record<string, { mount: (host: UIHost, files: CoreFiles) => void }>
    ConsentryButton?: CreateButton
    ConsentryEngine?: DecisionEngine
    ConsentryServices?: { lookupService: ServiceLookup }
    ConsentryMessages?: { explainProblems: ExplainProblems }
  }
}

const self = document.currentScript as HTMLScriptElement | null
const baseUrl = self?.src ? self.src.replace(/[^/?#]*([?#].*)?$/, '') : ''

/** consentry.css, next to this file: linked unless the config names another stylesheet, or `false`. */
const ownStylesheet = baseUrl + 'consentry.css'

const loading: Record<string, Promise<unknown>> = {}

/** Loads a sibling file of this script once (with its nonce, for a strict CSP) and reads what it registered. */
function loadSibling<T>(file: string, registered: () => T | undefined): Promise<T> {
  return (loading[file] ||= new Promise((resolve, reject) => {
    const ready = registered()
    if (ready) return resolve(ready)
    const script = document.createElement('script')
    script.src = baseUrl + file
    if (self?.nonce) script.nonce = self.nonce
    script.onload = () => {
      const loaded = registered()
      loaded ? resolve(loaded) : reject(new Error(`${file} did not register`))
    }
    script.onerror = () => {
      delete loading[file]
      reject(new Error(`could not load ${script.src}`))
    }
    document.head.appendChild(script)
  })) as Promise<T>
}

// The words for what the core tells a site owner, fetched only when there is something to tell.
// Installed first of all, so that even a second copy of this file can say why it stops.
configure({
  explainProblems: (problems, categories) =>
    loadSibling('consentry-messages.js', () => window.ConsentryMessages).then((words) => words.explainProblems(problems, categories)),
})

/**
 * The banner, in the visitor's language (English for one the site adds): a page that only
 * reads a stored decision never fetches it.
 */
function uiChunk(language: string) {
  const file = builtInLanguage(language)
  return loadSibling(`consentry-ui.${file}.js`, () => window.ConsentryUI?.[file])
}

/** What the UI chunk borrows from this file, rather than bring a copy of its own. */
const files: CoreFiles = { load: loadSibling, url: (file) => baseUrl + file, linkStylesheet: ensureStylesheet, onAdded, needsDialog: NEEDS_DIALOG }

/** The UI chunk and its stylesheet, fetched side by side rather than one after the other. */
function loadUI(language: string): Promise<MountUI> {
  ensureStylesheet($config.get()?.ui.stylesheet)
  return uiChunk(language).then((ui) => (host) => ui.mount(host, files))
}

/** The floating button's file, asked for once a decision exists (see startButton). */
const buttonFile = () => loadSibling('consentry-button.js', () => window.ConsentryButton)

/**
 * Catalogue ids (`services: ['hotjar']`) need consentry-services.js; other sites never fetch it.
 * Its lookup where the config names ids; null where it did not load (see loadCatalogue).
 */
async function catalogueFor(config: ScriptConfig | undefined): Promise<ServiceLookup | null | undefined> {
  if (!Array.isArray(config?.services) || !config.services.some(isString)) return undefined
  try {
    return (await loadSibling('consentry-services.js', () => window.ConsentryServices)).lookupService
  } catch (error) {
    tellError('load.services', (error as Error).message)
    return null
  }
}

async function start(consentMode: ConsentModeIntegration | undefined): Promise<void> {
  const configUrl = self?.getAttribute('data-config')
  let config = window.consentryConfig
  if (configUrl) {
    try {
      const response = await fetch(configUrl, { credentials: 'same-origin' })
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      config = await response.json()
    } catch (error) {
      // Not this site's config: a banner from the defaults would ask the wrong question, and a
      // decision stored under them would take the place of the visitor's own (another revision).
      // Worded by consentry-messages.js, as the config's own problems are: not every page's bytes.
      return tellError('config.fetch', [configUrl, (error as Error).message])
    }
  }
  if (isObject(config)) {
    // Google must hear the defaults before an unblocked gtag snippet runs, even while the catalogue loads.
    // And a returning visitor's update, where it can be told before the catalogue.
    if (consentMode) consentMode.pushDefaults(config)
    // consentry.js has no Consent Mode (the config check names the file that has it), yet an
    // unblocked Google tag must still hear the plain defaults (all denied but security_storage).
    else if (config.consentMode) gtag('consent', 'default', plainDefaults())
    prefetchBanner(config)
  }
  // Consent Mode and autoBlock act on services from the first moment; nothing else in the core does.
  // Elsewhere the catalogue comes with the dialog or the engine, not with the banner, which names
  // no service: a visitor who reads on, or decided before, fetches it only if one is wanted.
  const actsOnServices = isObject(config) && (config.consentMode || config.autoBlock)
  configure(actsOnServices ? { lookupService: await catalogueFor(config) } : { loadCatalogue: () => catalogueFor(config) })
  // As checked as any other config: init reads it as given, and the catalogue fills in the rest.
  init(config as ConsentryConfig)
}

/**
 * Consent Mode's `default` with the default mapping: every type denied but security_storage, the one
 * mapped to `necessary`. Written out, as the mapping itself is not in this file (consent-mode.spec checks it).
 */
const plainDefaults = () => ({
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
})

/** No consent cookie at all: a banner is certain, so its files start loading now, beside the catalogue. */
function prefetchBanner(config: ScriptConfig): void {
  // Any value will do here: a wrong one only prefetches what init then finds is due.
  if (cookieValues(config.cookie?.name || 'consentry').length) return
  // As init will resolve it; a value that is not a stylesheet links none here, and init reports it.
  ensureStylesheet(config.ui?.stylesheet ?? ownStylesheet)
  // In the language init will pick, from the config as given: one init then finds wrong costs
  // only this fetch (its chunk registers under its own language). A failure is reported when
  // init asks for the chunk again.
  uiChunk(resolveLanguage(config.language, config.translations || {}, document, navigator)).catch(() => {})
}

/**
 * The builds that must run before the page's own scripts (Consent Mode, autoBlock) say so when
 * the page lets those run first: `async` or `defer` (or inserted by a script, which is async too).
 * consentry.js itself may be async: the tags it holds back are inert whenever it runs.
 * `kind`: what this build then misses, in messages.ts's words.
 */
export function warnUnlessFirst(kind: string): void {
  if (self?.async || self?.defer) tellWarning(kind, self.src)
}

/** Starts Consentry on this page, with the optional parts a build carries (`features`). */
export function boot(features: EngineOptions = {}): void {
  if (window.Consentry) return tellWarning('script.twice')
  window.Consentry = api
  configure({
    ...features,
    stylesheet: ownStylesheet,
    loadUI,
    // Recording, cookie deletion and the consent log: only a visitor who decides needs them.
    loadEngine: () => loadSibling('consentry-engine.js', () => window.ConsentryEngine),
    onStart: (host) => startButton(host, buttonFile),
  })
  void start(features.consentMode)
}
