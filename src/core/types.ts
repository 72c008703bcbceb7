/**
 * Consentry's public types. They are the documentation of the configuration,
 * the stored consent record and the API; keep them readable.
 */

// The keys are the UI's strings: a type only, the config's contract (nothing of the UI runs in the core).
import type { Translation } from '../ui/i18n/en'

/** Ids of the five categories real privacy statements use, plus `necessary`. */
export type DefaultCategoryId =
  | 'necessary'
  | 'functional'
  | 'analytics'
  | 'tracking'
  | 'social'
  | 'advertising'

/** How a decision was made; part of the proof of consent. */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'withdrawal'

/** Text given per language, e.g. `{ en: 'Measures visits', nl: 'Meet bezoeken' }`, or one string for all. */
export type LocalizedText = string | Record<string, string>

/** A cookie (or localStorage key) a service sets, as a privacy statement lists it. */
export interface CookieDeclaration {
  /** Exact name, a glob with `*` (`_ga_*`), or a RegExp (in a config object; a `data-config` JSON file has none). */
  name: string | RegExp
  /** Human-readable retention, e.g. `'2 years'` or `{ en: 'session', nl: 'sessie' }`. */
  duration?: LocalizedText
  /** What it is for; falls back to the service's purpose. */
  purpose?: LocalizedText
  /** Extra paths and domains it may be set on, for deletion on withdrawal. */
  path?: string
  domain?: string
}

/** Google Consent Mode v2 consent types. */
export type ConsentModeType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage'

/** A service (vendor) inside a category. */
export interface ServiceConfig {
  /** Stable id, used in `data-service` and `isAllowed('analytics.<id>')`: a letter, then letters, digits, `_` or `-`; not `constructor` or `prototype`. */
  id: string
  /** Display name, e.g. 'Google Analytics'. */
  name: string
  /** Category id this service belongs to. */
  category: string
  /** Company processing the data, e.g. 'Google Ireland Ltd.'. */
  provider?: string
  purpose?: LocalizedText
  cookies?: readonly CookieDeclaration[]
  privacyPolicyUrl?: string
  /** Hosts the service loads from (`googletagmanager.com` matches its subdomains). */
  hosts?: readonly string[]
  /** Consent Mode types this service needs (used by the Consent Mode integration). */
  consentMode?: readonly ConsentModeType[]
}

/**
 * A category as given in config: an id, or an object. Labels and descriptions come from translations.
 * An id is a letter, then letters, digits, `_` or `-`; not `constructor` or `prototype`.
 */
export type CategoryInput =
  | string
  | {
      id: string
      /** Overrides the translated label/description for this category. */
      label?: LocalizedText
      description?: LocalizedText
    }

export interface CookieOptions {
  /**
   * Name of the consent cookie. Default `consentry`. Renaming it leaves decisions stored under the
   * old name in place: raise `revision` too, or those would count again if the old name came back.
   */
  name?: string
  /**
   * Set to `.example.com` to share consent across subdomains. Default: current host. Every site
   * on those subdomains then reads one decision: give them one config (the same `revision` and
   * categories), or a cookie `name` each. A decision of a higher revision on the parent domain keeps
   * a site of a lower one from storing any (the console names both revisions).
   */
  domain?: string
  /**
   * Default `/`. Every page that loads Consentry must be under it: a page outside cannot read the
   * cookie back, so a decision made there holds for that page only (the console says so).
   */
  path?: string
  /** Default `Lax`. */
  sameSite?: 'Lax' | 'Strict' | 'None'
  /** Default: true on https pages. */
  secure?: boolean
  /** How long a decision is valid, in days; the banner asks again after. Default 182 (6 months). */
  expiresDays?: number
}

export interface ConsentModeOptions {
  /** `basic`: Google tags stay blocked until consent; `advanced`: they load with denied defaults. Default `basic`. */
  mode?: 'basic' | 'advanced'
  /** Milliseconds Google tags wait for an update before firing. */
  waitForUpdate?: number
  /** ISO 3166-2 region codes the defaults apply to. */
  region?: readonly string[]
  adsDataRedaction?: boolean
  urlPassthrough?: boolean
  /** Which categories grant which consent types. Default: the mapping in the README. */
  mapping?: Partial<Record<ConsentModeType, string[]>>
}

export interface UIOptions {
  /** `bar` (full-width, top or bottom), `box` (a corner), `center`. Default `box`. */
  layout?: 'bar' | 'box' | 'center'
  /** For bar: top/bottom; for box: bottom-right, bottom-left, top-right, top-left. Default bottom(-right). */
  position?: string
  /** Default `auto` (follows prefers-color-scheme). */
  theme?: 'light' | 'dark' | 'auto'
  /** The floating withdrawal button; `false` when the site uses a `data-consentry="preferences"` link. */
  reopenButton?: boolean | { position?: 'bottom-left' | 'bottom-right' }
  /** URL of Consentry's stylesheet; the script build finds it next to itself. */
  stylesheet?: string | false
  /**
   * URL of the stylesheet of the preferences dialog, cookie declaration and embed
   * placeholders, loaded with them. The script build finds it next to itself,
   * unless `stylesheet` is `false` (then the page links both).
   */
  dialogStylesheet?: string | false
}

/** Everything a site can configure. Every field is optional. */
export interface ConsentryConfig {
  /** Bump it when the purposes or services change: every visitor is asked again. Default 0. */
  revision?: number
  /** Shown in the banner text ("<site> uses cookies…"). Default: the page's host. */
  siteName?: string
  /** Link in the banner and dialog. */
  privacyPolicyUrl?: string
  /** Categories besides `necessary`, which is always present. Default: the five default groups. */
  categories?: readonly CategoryInput[]
  /**
   * Services, in full: the npm package's catalogue entries come from `consentry/services`. Only the
   * script build looks up a catalogue id such as `'google-analytics'` (ScriptConfig).
   */
  services?: readonly ServiceConfig[]
  cookie?: CookieOptions
  /**
   * Each decision is POSTed as JSON to this endpoint of the site's own: `{ consent, page, stored, source }`
   * (the record, the page's address, whether the browser kept it, and where it was made: DecisionSource).
   */
  consentLog?: { url: string }
  /** UI language; default from `<html lang>`, then the browser, then English. */
  language?: string
  /** String overrides and extra languages: `{ nl: { acceptAll: 'Alles accepteren' } }`. */
  translations?: Record<string, Translation>
  /**
   * Reload the page after a withdrawal, so that the tags that ran stop (running scripts cannot be
   * unloaded). Default true; false for an app that stops its own tags on `consentry:change`.
   */
  reloadOnWithdrawal?: boolean
  /** Google Consent Mode v2. The script build has it in consentry-consent-mode.js (and consentry-autoblock.js), not in consentry.js. */
  consentMode?: boolean | ConsentModeOptions
  /** Honour Global Privacy Control: these categories start refused. Default true → advertising, tracking. */
  gpc?: boolean | { categories: readonly string[] }
  /** Hold back scripts/iframes/pixels added later when their host belongs to a known service. */
  autoBlock?: boolean
  ui?: UIOptions
}

/**
 * The script build's config (`window.consentryConfig`, or the JSON of `data-config`): as
 * ConsentryConfig, where a service may also be an object with a catalogued id, laid over
 * that entry field by field (`{ id: 'youtube', category: 'functional' }`).
 */
export interface ScriptConfig extends Omit<ConsentryConfig, 'services'> {
  services?: readonly (ServiceConfig | string | (Partial<ServiceConfig> & { id: string }))[]
}

/** The normalized config the engine works from (defaults applied, catalogue ids resolved). */
export interface ResolvedConfig {
  revision: number
  siteName: string
  privacyPolicyUrl?: string
  /** Category ids in display order, `necessary` first. */
  categories: string[]
  /** Label/description overrides per category id. */
  categoryText: Record<string, { label?: LocalizedText; description?: LocalizedText }>
  services: ServiceConfig[]
  /**
   * Ids of `services` entries left out for a mistake (each reported). A decision records them as
   * refused, so their tags stay blocked rather than run with their category as an unlisted service's do.
   */
  droppedServices: string[]
  cookie: Required<Omit<CookieOptions, 'domain'>> & { domain?: string }
  consentLog?: { url: string }
  language?: string
  translations: Record<string, Record<string, string>>
  reloadOnWithdrawal: boolean
  consentMode: false | Required<Pick<ConsentModeOptions, 'mode' | 'mapping'>> & ConsentModeOptions
  /** Categories refused by default when the browser sends GPC. Empty when GPC handling is off. */
  gpcCategories: string[]
  autoBlock: boolean
  ui: UIOptions
}

/** The proof of consent, stored in one first-party cookie. */
export interface ConsentRecord {
  /** Schema version of this record. */
  schema: 1
  /** Random id, quoted when a visitor asks what was recorded. */
  id: string
  /** First decision, ISO 8601 UTC. */
  createdAt: string
  /** Latest decision, ISO 8601 UTC. */
  updatedAt: string
  /** The config revision the visitor decided on. */
  revision: number
  /** Choice per category id (`necessary` is always true). */
  categories: Record<string, boolean>
  /** Choice per service id. */
  services: Record<string, boolean>
  method: ConsentMethod
  /** Language the visitor saw. */
  language: string
  /** True when the browser sent Global Privacy Control at the time of the decision. */
  gpc?: boolean
}

/**
 * A decision as the page gets it, from getConsent(), onChange and the events: a frozen copy,
 * so that writing to it throws (in strict mode) rather than pass for a change of choice.
 * Its type says so first. It still fits where a ConsentRecord is asked for.
 */
export type FrozenConsent = { readonly [K in keyof ConsentRecord]: Readonly<ConsentRecord[K]> }

/**
 * Where a decision was made, as the consent log records it: Consentry's own `'banner'`,
 * `'preferences'` and `'embed'` (a placeholder's "Always allow"); `'api'` for a call that names
 * none, such as the page's own code; or a name of the site's own (its own banner, say), of
 * letters, digits, `_` and `-`, at most 32 long.
 */
export type DecisionSource = string

/** What `save()` takes: the categories (and optionally services) the visitor allowed. */
export interface ConsentChoice {
  /** Allowed category ids; omitted ones are refused. */
  categories: readonly string[]
  /** Per-service overrides; services not named follow their category. */
  services?: Record<string, boolean>
}

/** Detail of the `consentry:change` event and argument of `onChange` listeners. */
export interface ConsentChange {
  consent: FrozenConsent
  /** Category ids whose choice differs from before (all of them on a first decision). */
  changedCategories: string[]
  /** Service ids whose choice differs from before. */
  changedServices: string[]
}

/** The window events and their `detail`; emit() takes only these, so the types cannot drift from what is sent. */
export interface ConsentryEventDetails {
  /** After init; `consent` is null when no valid decision exists yet. */
  'consentry:ready': { consent: FrozenConsent | null }
  /** A valid decision is known: on every page that has one, and after each decision. */
  'consentry:consent': FrozenConsent
  /** After each decision; the same value `onChange` listeners get. */
  'consentry:change': ConsentChange
  /**
   * After a decision is forgotten, which is no decision: by `reset()`, or on another page (a
   * `reset()` there, a decision run out or stored under a newer `revision`). `consent` is the one
   * forgotten, if any; `getConsent()` is already null.
   */
  'consentry:forget': { consent: FrozenConsent | null }
}

// Published with the types, so that a page's `addEventListener('consentry:change', (e) => e.detail…)`
// and `window.Consentry` are typed for it too.
declare global {
  interface WindowEventMap {
    'consentry:ready': CustomEvent<ConsentryEventDetails['consentry:ready']>
    'consentry:consent': CustomEvent<ConsentryEventDetails['consentry:consent']>
    'consentry:change': CustomEvent<ConsentryEventDetails['consentry:change']>
    'consentry:forget': CustomEvent<ConsentryEventDetails['consentry:forget']>
  }
  interface Window {
    /** The API, where the script build (consentry.js) runs on the page; the ES module does not set it. */
    Consentry?: ConsentryApi
    /** The script build's config, set before consentry.js. */
    consentryConfig?: ScriptConfig
  }
}

/** What the UI is showing; the UI renders from this, the API sets it. */
export type View = 'none' | 'banner' | 'preferences'

/** The public API, identical in the ES module and on `window.Consentry`. */
export interface ConsentryApi {
  /** Reads config, restores a stored decision, gates tags; shows the banner when a decision is due. */
  init(config?: ConsentryConfig): void
  /**
   * `source`: where the visitor made the choice, for the consent log (see DecisionSource); `'api'`
   * when not given, or given anything but a string (such as the event `onClick={acceptAll}` passes).
   */
  acceptAll(source?: DecisionSource | object): void
  rejectAll(source?: DecisionSource | object): void
  save(choice: ConsentChoice, source?: DecisionSource | object): void
  /** The valid stored decision, or null when the visitor has not (validly) decided. */
  getConsent(): FrozenConsent | null
  /** `isAllowed('analytics')` or `isAllowed('analytics.hotjar')`. Before a decision, true only for `necessary`, which needs no consent. */
  isAllowed(what: string): boolean
  /** Called after every decision; returns the unsubscribe function. */
  onChange(listener: (change: ConsentChange) => void): () => void
  showBanner(): void
  showPreferences(): void
  /** Closes banner or dialog without deciding (never consent). */
  hide(): void
  /** Forgets the decision (deletes the consent cookie) and shows the banner again. */
  reset(): void
}

/** Read-only store, as nanostores' `atom` provides (`get`, `subscribe`, `listen`). */
export interface ReadableStore<T> {
  get(): T
  /** Calls the listener now and on every change; returns the unsubscribe function. */
  subscribe(listener: (value: T) => void): () => void
  /** Calls the listener on every later change; returns the unsubscribe function. */
  listen(listener: (value: T) => void): () => void
}

/**
 * What the engine hands to the UI chunk. The UI renders from the stores and
 * changes state only through `api`; it imports no runtime code from `src/core/`.
 */
export interface UIHost {
  api: ConsentryApi
  config: ResolvedConfig
  $view: ReadableStore<View>
  $consent: ReadableStore<ConsentRecord | null>
  /** Resolved UI language (e.g. `nl`). */
  language: string
  /** True when the browser sends Global Privacy Control and GPC handling is on. */
  gpc: boolean
  /**
   * Says the visitor looks about to decide (pointer over, or focus in, the
   * banner; the preferences opening): what a decision needs starts loading.
   */
  prepareDecision: () => void
  /**
   * Resolves once `config.services` is complete: the script build fetches the catalogue
   * for services named by id. What shows services (the dialog chunk) waits for it; the
   * banner, which names none, does not.
   */
  servicesReady: () => Promise<void>
  /** Puts one of Consentry's elements in the page and keeps it there when the site swaps its body or head (see kept.ts). */
  keep: (element: HTMLElement, place: Place) => void
  /** Tells the site owner of config problems found outside the core (the engine's checks, look-check.ts and the like), in messages.ts's words; as errors unless `log` says otherwise. */
  tell: (problems: ConfigProblem[], categories?: string[], log?: (message: string) => void) => void
  /** Set by the UI when the banner or dialog went with the focus in it and nothing took it back: the floating button then does. */
  focusLost?: boolean
}

/** Where one of Consentry's elements goes: first in the body (where keyboard users meet it first), last, or into the head. */
export type Place = 'prepend' | 'append' | 'head'

/** The UI chunk's entry: renders into the page and keeps itself in sync with `host.$view`. */
export type MountUI = (host: UIHost) => void

/**
 * Where a config problem is, what kind of value was expected there, and what was found. A problem
 * with no config value (a tag naming an unknown category, say) has path '' and its own kind.
 */
export type ConfigProblem = [path: string, expected: string, got: unknown]

/** Words problems for the console, one message each (a promise when the words are fetched). */
export type ExplainProblems = (problems: ConfigProblem[], categories: string[]) => string[] | Promise<string[]>

/** A decision made and stored, for the core to apply and announce. */
export interface Decision extends Omit<ConsentChange, 'consent'> {
  consent: ConsentRecord
  /** True when something allowed before was taken back. */
  withdrawn: boolean
}

/**
 * The half of the engine that makes decisions (builds, stores and logs the
 * record, and says what changed). A page that only reads a stored decision
 * never needs it, so the script build ships it as consentry-engine.js and
 * fetches it on demand.
 */
export interface DecisionEngine {
  /** Undefined when the request was unusable (reported on the console). */
  decide(host: UIHost, method: 'accept-all' | 'reject-all' | 'custom', choice?: ConsentChoice, source?: DecisionSource | object): Decision | undefined
  /**
   * Deletes the stored record, and the declared cookies of every service that is not necessary;
   * with `reloadOnWithdrawal`, reloads the page if the decision it forgets allowed anything.
   * `elsewhere`: no stored record holds any more (reset() on another page, it ran out, another
   * revision's): what is stored is left as it is; false, and nothing done, when this page's
   * decision was never stored, as it then holds for this page. Else what the core announces.
   */
  forget(host: UIHost, elsewhere?: boolean): ConsentryEventDetails['consentry:forget'] | false
  /** A decision stored by another tab or page, as it changes this page. */
  adopt(host: UIHost, stored: ConsentRecord): Decision
}
