/**
 * The ES module: `import { init } from 'consentry'`. Importing it touches no
 * browser global (safe under SSR); the UI is a separate chunk that bundlers
 * split off and that loads only when something must be shown.
 */
import { configure, init as start } from './core/api'
import { autoBlock } from './core/auto-block'
import { consentModeIntegration } from './core/integrations/consent-mode'
import { decisionEngine } from './core/decision'
import { bannerStrings } from './ui/i18n/banner-strings'
import { startButton } from './ui/start-button'
import type { ConsentryConfig } from './core/types'

configure({
  engine: decisionEngine,
  autoBlock,
  consentMode: consentModeIntegration,
  // Only a config with problems needs the words: a chunk of their own, as in the script build.
  explainProblems: (problems, categories) => import('./core/messages').then((words) => words.explainProblems(problems, categories)),
  // The UI chunk and the banner's strings in the visitor's language, side by side.
  loadUI: (language) => Promise.all([import('./ui/module'), bannerStrings(language)]).then(([ui, strings]) => ui.mountWith(strings)),
  // The floating button, a chunk of its own as in the script build: fetched once a decision exists.
  onStart: (host) => startButton(host, () => import('./ui/reopen-button').then((button) => button.createReopenButton)),
})

/** The first config init() was given, as JSON, to know it again. */
let started: string | undefined

/** As the core's init, with a clear error where a bundle runs it during server rendering. */
export function init(config?: ConsentryConfig): void {
  if (typeof window === 'undefined' || typeof document === 'undefined') {
    throw new Error('[consentry] init() needs a browser: call it in client-side code (e.g. in useEffect or onMount), not during server rendering.')
  }
  // React's StrictMode runs every effect twice in development: the same config a second
  // time changes nothing and needs no warning. Another config still gets one.
  const given = asJson(config)
  if (given !== undefined && given === started) return
  started ??= given
  start(config)
}

/** A RegExp (a cookie pattern) as its source: JSON would make every one `{}`, and two configs that differ in one alike. */
function asJson(config: unknown): string | undefined {
  try {
    return JSON.stringify(config, (_, value) => (value instanceof RegExp ? String(value) : value)) ?? ''
  } catch {
    return undefined
  }
}

export {
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
} from './core/api'
// The types an app writes against; the engine's own (UIHost, DecisionEngine, …) stay internal.
export type {
  CategoryInput,
  ConsentChange,
  ConsentChoice,
  ConsentMethod,
  ConsentModeOptions,
  ConsentModeType,
  ConsentRecord,
  ConsentryApi,
  ConsentryConfig,
  ConsentryEventDetails,
  CookieDeclaration,
  CookieOptions,
  DecisionSource,
  DefaultCategoryId,
  FrozenConsent,
  LocalizedText,
  ScriptConfig,
  ServiceConfig,
  UIOptions,
  View,
} from './core/types'
export type { Translation, TranslationKey } from './ui/i18n/en'
