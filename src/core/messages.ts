import { CONSENT_MODE_TYPES } from './integrations/consent-mode-options'
import { isObject, knownPaths } from './config'
import { SERVICE_KEYS } from './look-check'
import type { ConfigProblem, ResolvedConfig } from './types'

const FLAG = 'true or false'

/** What each kind of config value must be, in the words the console shows. */
const EXPECTED: Record<string, string | ((categories: string[]) => string)> = {
  object: 'an object',
  flag: FLAG,
  url: 'an http(s), mailto or relative URL',
  stylesheet: 'the URL of a stylesheet, or false',
  revision: 'a whole number of 0 or more',
  siteName: 'a string',
  // A PHP or WordPress locale ("de_DE") is the usual slip: say the separator.
  language: 'a language tag such as "nl" or "de-AT" (with a hyphen)',
  'cookie.name': 'a cookie name (letters, digits, - and _)',
  'cookie.domain': 'a domain such as ".example.com"',
  'cookie.path': 'a path starting with "/"',
  'cookie.sameSite': '"Lax", "Strict" or "None"',
  'cookie.expiresDays': 'a number of days from 1 to 400',
  categories: 'an array of category ids',
  category: 'a category id such as "analytics" or { id: "analytics" }',
  'category.new': 'a category id not listed before',
  'category.known': (categories) => `one of ${categories.join(', ')}`,
  services: 'an array of services',
  service: 'a service object',
  'service.catalogued': 'the id of a catalogued service',
  'service.catalogued.script': 'the id of a catalogued service (ids need the script build)',
  'service.id': 'an id such as "hotjar" (a letter, then letters, digits, _ or -: no spaces or dots), which a tag names exactly in data-service',
  'service.id.unique': 'an id no other service has',
  'service.name': 'a display name',
  'service.category': (categories) => `one of ${categories.join(', ')}`,
  'service.cookies': 'an array of { name, duration }',
  // Read by autoBlock and Consent Mode only (service-lists.ts), which act on what they can read.
  'service.hosts': 'an array of hosts such as ["googletagmanager.com"] (a lone host is read as one)',
  'service.hosts[]': 'a host such as "googletagmanager.com"',
  'service.consentMode': 'an array of Consent Mode types such as ["analytics_storage"] (a lone type is read as one)',
  'service.consentMode[]': () => `one of ${CONSENT_MODE_TYPES.join(', ')}`,
  consentMode: 'true, false or an object',
  'consentMode.keys': 'only mode, waitForUpdate, region, adsDataRedaction, urlPassthrough, mapping',
  'consentMode.mode': '"basic" or "advanced"',
  'consentMode.waitForUpdate': 'a non-negative number',
  'consentMode.region': 'an array of ISO 3166-2 codes such as ["NL", "US-CA"]',
  'consentMode.region[]': 'a code such as "NL" or "US-CA"',
  'consentMode.mapping': 'an object such as { analytics_storage: ["analytics"] }',
  'consentMode.mapping.keys': () => `only ${CONSENT_MODE_TYPES.join(', ')}`,
  'consentMode.mapping[]': 'an array of category ids',
  'consentMode.mapping.category': (categories) => `one of ${categories.join(', ')} (a category the config does not have never grants the type)`,
  gpc: FLAG + ' or { categories: [...] }',
  // The look options, checked by the engine (look-check.ts).
  'ui.layout': '"box", "bar" or "center"',
  'ui.position': '"bottom-right", "bottom-left", "top-right" or "top-left" (box layout), "bottom" or "top" (bar)',
  'ui.theme': '"light", "dark" or "auto"',
  'ui.reopenButton': 'true, false or { position }',
  'ui.reopenButton.position': '"bottom-left" or "bottom-right"',
}

/**
 * vanilla-cookieconsent's option names, which a site switching over may keep: what Consentry has in
 * their place (the README's "Switching from vanilla-cookieconsent" has each).
 */
const VANILLA: Record<string, string> = {
  guiOptions: 'the look is ui: { layout, position, theme }',
  'cookie.expiresAfterDays': 'use cookie.expiresDays, a number of days (182 by default)',
  autoClearCookies: "list each service's cookies in its cookies: they are deleted whenever it is refused or withdrawn",
  onFirstConsent: 'listen for consentry:change, whose detail.consent.createdAt equals its updatedAt on a first decision',
  onConsent: 'listen for consentry:consent, which fires on every page with a decision, and after each',
  onChange: 'use onChange(fn), or listen for consentry:change',
  mode: 'Consentry asks first, always: nothing non-essential runs before consent',
  autoShow: 'the banner shows whenever a decision is due; showBanner() shows it again',
  'cookie.useLocalStorage': 'the decision is kept in its cookie only, which the page\'s server can read too',
  disablePageInteraction: 'the banner never blocks the page (no cookie wall): a visitor may read on without deciding, which is never consent',
  hideFromBots: 'the banner shows to every visitor, as a crawler\'s view of the page is no consent either way',
  manageScriptTags: 'the tags marked type="text/plain" data-category are always Consentry\'s to run',
  lazyHtmlGeneration: 'the banner is built only when one is due, and the preferences only when they open',
}

/** vanilla-cookieconsent's shape of an option Consentry has under the same name, by path. */
const VANILLA_SHAPE: Record<string, string> = {
  language:
    'vanilla-cookieconsent\'s language: { default, translations } is two options here: language: "nl" (or none, for the page\'s or the browser\'s language) and translations: { nl: { … } }, in Consentry\'s own keys (see the README, "Languages")',
  categories:
    "vanilla-cookieconsent's categories: { analytics: { … } } is categories: ['analytics', …] here, with the services in services; readOnly has no place (only necessary is always on), nor has enabled (no category is on before consent)",
}

/** Problems with the file the page loads rather than with a value: said as they are. */
const WRONG_FILE: Record<string, string> = {
  'consentMode.build':
    'Google Consent Mode is not built into consentry.js; load consentry-consent-mode.js (or consentry-autoblock.js) in its place. Until then Google hears only the defaults (every type denied but security_storage), even after a visitor consents.',
  'autoBlock.build': 'needs consentry-autoblock.js in place of consentry.js; until then only tags marked type="text/plain" are held back.',
}

const loadFirst = (src: string, misses: string) => `${src} runs async or deferred, so ${misses} Load it with a plain <script src>, first in <head>.`

/**
 * Why a file beside consentry.js failed, as the core said it. One that loaded yet "did not
 * register", or lacks a function consentry.js calls, is most likely not of the same release: one
 * of another version, copied over the last while the browser or a CDN still holds the other's
 * files, or a page the server sends for a missing file. Said so, as nothing else would.
 */
const failed = (why: string) =>
  /did not register$|is not a function/.test(why)
    ? `${why}: is this file of the same release as consentry.js? One of another version (copied over the last while the browser or a CDN still holds the other's files), or a page the server sends for a missing file, does not fit it; keep each release in a folder of its own`
    : why

/** What the core tells a site owner that is not about a config value (path ''), by kind, from what it passes along. */
const SAID: Record<string, (got: any) => string> = {
  'init.twice': () =>
    'init() was called a second time on this page, or a second copy of Consentry started (consentry.js beside an import of the package, or two bundles that each carry it): the first configuration stays in effect, and a second copy\'s API does nothing.',
  // The script build calls init itself, but may do so after the page's code: a site that never calls init must not be told to.
  // Not told apart from a second copy's API (see init.twice) by the words: they may come after this copy has started.
  'init.first': () =>
    'Consentry has not started yet, so nothing was changed: in an app, call init(config) first; beside consentry.js, wait for its consentry:ready event (it starts once a data-config file, or the catalogue for services named by id, has arrived). Where the console said init() was called a second time, another copy of Consentry runs this page: call its API (window.Consentry, for consentry.js), or keep one copy.',
  // Any two of the builds (consentry.js, consentry-consent-mode.js, consentry-autoblock.js): the core cannot say which came second.
  'script.twice': () => 'Consentry is included more than once on this page (consentry.js, or one of its builds such as consentry-consent-mode.js, in two script tags); only the first copy runs.',
  'script.late.consentMode': (src) => loadFirst(src, 'a Google tag that is not held back may run before Google hears the consent defaults.'),
  'script.late.autoBlock': (src) => loadFirst(src, 'scripts that run before it are not held back, and a Google tag may miss the consent defaults.'),
  'consentMode.afterGoogle': () =>
    'Google Tag Manager (or a Google tag) ran before Consentry: its gtm.js event (or gtag(\'config\')) was in dataLayer before the consent default, so its tags fired with no consent state, which Google treats as granted: they may set cookies and send data before the visitor chooses. Load window.consentryConfig (inline, not data-config) and consentry-consent-mode.js first in <head>, above the Google Tag Manager snippet.',
  'consentMode.unmarkedTag': (src) =>
    `<script src="${src}"> loads a Google tag that nothing holds back: in basic Consent Mode it runs before the visitor has chosen, its Google tags send cookieless pings, and any other tag in a Tag Manager container runs unless it has a consent check of its own. Hold it back with type="text/plain" data-category="analytics" (on the Tag Manager snippet that inserts it, if it is one), or load consentry-autoblock.js with a service whose hosts include googletagmanager.com; set consentMode.mode to "advanced" only if loading it before consent is what you mean.`,
  'consentMode.updateAfterCatalogue': () =>
    'this visitor\'s decision refuses some of the services named by catalogue id, so Google hears it only once consentry-services.js has loaded (which of them speak Consent Mode comes with it): a Google tag that fires before that, such as Tag Manager\'s page view, counts the visit with every type denied. Set consentMode.waitForUpdate (500, say) to have Google\'s tags wait for it, or give every service as an object rather than an id.',
  'config.fetch': ([url, why]) =>
    `could not read the config at data-config="${url}" (${why}); Consentry does not start on this page: nothing non-essential runs, and a stored decision is kept.`,
  'config.late': () =>
    'window.consentryConfig is not the config Consentry runs on: ' +
    (document.querySelector('script[data-config]')
      ? 'the data-config file takes its place; give the config one way only.'
      : 'it was set after consentry.js read it (below consentry.js, or held back by a script optimizer that let consentry.js run first), so this page runs on the defaults: the banner names the host and links no privacy policy, the preferences list no service, no consent log is sent, and a withdrawal deletes no service\'s cookies. Set it in a plain inline <script> above consentry.js, and let any optimizer leave both alone (see the README, "Script optimizers").'),
  'tag.notHeld': (tag) => {
    const name = /^<(\w+)/.exec(tag)![1]
    if (name != 'script') {
      const [address, held] = name == 'link' ? ['href', 'data-href'] : ['src', 'data-src']
      return `${tag} is not held back: its address is in ${address}, so the browser loaded it without waiting for consent. Write it as ${held} instead (see the README, "Drop it into a site").`
    }
    const type = /\stype="([^"]*)"/.exec(tag)?.[1]
    return (
      `${tag} is not held back: its type is ${type == null ? 'missing' : `"${type}"`}, not "text/plain", so ` +
      (type == null || /^(text\/javascript|module|application\/javascript)$/i.test(type)
        ? 'the browser ran it without waiting for consent.'
        : 'Consentry never runs it, and whatever gave it that type may run it itself, without consent.') +
      ' Something rewrote it after it left your template: an HTML minifier, or a script optimizer (Cloudflare Rocket Loader, WP Rocket\'s "Delay JavaScript execution"). Keep type="text/plain" quoted, and exclude these tags from any optimizer (see the README, "Script optimizers").'
    )
  },
  'element.role': (tag) =>
    `${tag} does nothing: Consentry knows data-consentry="preferences" (a click opens the preferences) and data-consentry="declaration" (filled with the cookie declaration), written exactly so.`,
  'element.vanilla': (tag) =>
    `${tag} is vanilla-cookieconsent's, which Consentry does not read: a click on it does nothing. For "show-preferencesModal" write data-consentry="preferences"; for the others, a button that calls Consentry's API (see the README, "Switching from vanilla-cookieconsent").`,
  'vanilla.running': () =>
    'vanilla-cookieconsent runs on this page too: it shows a banner of its own and runs the held-back tags both read (the same markup) on its own consent, whatever the visitor chose in Consentry\'s. Remove its script and its CookieConsent.run() (see the README, "Switching from vanilla-cookieconsent").',
  'withdrawal.noWay': () =>
    'ui.reopenButton is false and this page has no element marked data-consentry="preferences": unless a control of the page\'s own calls showPreferences(), a visitor who decides here has no way back to the choices on it, and withdrawing must be as easy as consenting (GDPR Art. 7(3)). Put a "Cookie settings" link with that attribute on every page, or keep the button.',
  'tag.serviceCategory': ([tag, id, category, its]) =>
    `<${tag} data-category="${category}" data-service="${id}">: the config lists "${id}" under "${its}", and a tag naming a service runs by that service's answer: this one runs whenever "${id}" is allowed, even with "${category}" refused. Give the tag the service's category, or list a service of its own for it.`,
  'tag.service': ([tag, id, category, meant]) =>
    `<${tag} data-service="${id}"> names a service the config does not list: it runs with its whole category ("${category}"), the preferences do not show it, and a withdrawal deletes none of its cookies. ` +
    (meant ? `A data-service is a service's id, written exactly: did you mean data-service="${meant}"?` : 'Add it to config.services.'),
  'autoBlock.sharedHost': ([host, first, second]) =>
    `services "${first}" and "${second}" both load from ${host}: autoBlock cannot tell their scripts apart by host, so one consented to lets the other's through. Hold those tags back in the HTML (type="text/plain" data-service="…", matched exactly), or list one of the two.`,
  // A sibling file that did not load (its URL in `why`): the words come from here when this file could still be had.
  'load.engine': (why) => `could not load the consent engine (${failed(why)}); nothing was changed.`,
  'load.ui': (why) => `could not load the consent interface (${failed(why)}); nothing was changed.`,
  'load.button': (why) => `${failed(why)}: no floating button on this page; a data-consentry="preferences" link still opens the choices.`,
  'load.services': (why) => `${failed(why)}: the services named by id are left out of the choices.`,
  'cookie.refused': ([name, size, cookie]) => `the browser did not store the consent cookie "${name}" (${whyRefused(size, cookie)}). The choice holds for this page only.`,
  'cookie.newerRevision': ([revision, newer]) =>
    `this page's config has revision ${revision}, but the stored decision was made under revision ${newer}: this choice holds for this page only and was not stored. Is this page's config out of date, or missing?`,
  'privacyPolicy.missing': () =>
    'config.privacyPolicyUrl is not set, so neither the banner nor the preferences show their link to your privacy policy. Visitors should be able to read how their data is used before they choose (GDPR Art. 13): set it to your privacy policy\'s URL.',
  'service.key': ([id, key, category]) =>
    `config.services[id="${id}"].${key}: ` +
    (/^on(Accept|Reject)$/.test(key)
      ? `vanilla-cookieconsent's ${key}; Consentry calls no function of a service, so it is ignored. ` +
        (key == 'onAccept'
          ? `Hold its code back in a <script type="text/plain" data-category="${category}" data-service="${id}">, which runs once the service is allowed, or run it from a consentry:consent listener (it fires on every page with a decision, and after each) that checks isAllowed('${category}.${id}').`
          : `Run clean-up code from a consentry:change listener (or onChange(fn)) that checks !isAllowed('${category}.${id}'); the cookies the service lists in its cookies are deleted for you when it is refused.`) +
        ' See the README, "Switching from vanilla-cookieconsent".'
      : key == 'label'
        ? "vanilla-cookieconsent's label is name here, the service's display name; it is ignored."
        : `Consentry has no such service option${meant(key, SERVICE_KEYS)}; it is ignored.`),
  'listener.threw': (error) => `an onChange listener threw: ${error?.message ?? error}`,
  'tag.category': ([tag, category, src, categories, service = '']) =>
    category[0] == '!' || service[0] == '!'
      ? `<${tag} data-category="${category}"${service && ` data-service="${service}"`}> (${src}) asks to run when consent is refused (vanilla-cookieconsent's "!"); Consentry has no such tags, so it stays blocked. Run clean-up code from a consentry:change listener instead.`
      : `<${tag} data-category="${category}"> (${src}) names a category the config does not have; expected one of ${categories.join(', ')}. It stays blocked.`,
}

/**
 * The likeliest reason the browser refused the consent cookie: its size (counted by the engine),
 * else the first of `config.cookie`'s settings that does not fit this page, as browsers check them.
 */
function whyRefused(size: number, { name, domain, path, sameSite, secure }: ResolvedConfig['cookie']): string {
  const host = location.hostname.toLowerCase()
  const site = domain?.replace(/^\./, '').toLowerCase()
  const insecurePage = location.protocol == 'http:' && !/^(localhost|127\.0\.0\.1|\[::1\])$/.test(host)
  if (size > 4096) return `it takes ${size} bytes, and browsers keep none over 4096: list fewer services, or give them shorter ids`
  // A `__Secure-` name is kept only as Secure, a `__Host-` one (README, "Security") also only without a domain and on path `/`.
  if (/^__(host|secure)-/i.test(name))
    return 'a name starting with __Host- is kept only with config.cookie.secure true (the default on https: pages only), no domain and path "/"; one starting with __Secure-, only with secure true; or cookies are disabled'
  if (site && host != site && !host.endsWith('.' + site))
    return `config.cookie.domain "${domain}" is neither this page's host (${host}) nor a domain it is under, and a browser keeps a cookie only for its own site: leave domain out (this host only), or set it to a domain this host ends with`
  if (secure && insecurePage)
    return 'config.cookie.secure is true, and this page is http:, where browsers keep no Secure cookie: serve the page over https:, or leave secure out (it follows the page)'
  if (sameSite == 'None' && !secure)
    return `config.cookie.sameSite "None" needs secure true, and browsers refuse it without${insecurePage ? ' (which this http: page cannot have)' : ''}: use "Lax" (the default) unless the site runs in another site's frame`
  if (!location.pathname.startsWith(path))
    return `this page is outside config.cookie.path "${path}", so it cannot read that cookie back: load Consentry only under that path, or set it to one this page is under`
  if (window.top != window) return 'cookies disabled; or, as this page is in a frame, refused as those of a page another site frames (third-party cookies), whatever config.cookie says'
  return `cookies disabled${site ? `, or config.cookie.domain "${domain}" is a public suffix (such as "co.uk" or "github.io"), for which no site may set a cookie` : ''}; check config.cookie`
}

/**
 * The console's words for what the core tells a site owner; for a config problem,
 * `config.<path>: expected <what>, got <value>.` Fetched (consentry-messages.js) only
 * when there is something to tell.
 */
export function explainProblems(problems: ConfigProblem[], categories: string[]): string[] {
  return problems.map(([path, kind, got]) => {
    if (SAID[kind]) return SAID[kind](got)
    if (kind == 'option')
      return VANILLA[path]
        ? `config.${path}: vanilla-cookieconsent's option, which Consentry does not read: ${VANILLA[path]}. It is ignored (see the README, "Switching from vanilla-cookieconsent").`
        : `config.${path}: Consentry has no such option${meant(path, knownPaths())}; it is ignored.`
    if (WRONG_FILE[kind]) return `config.${path}: ${WRONG_FILE[kind]}`
    const expected = EXPECTED[kind]
    const what = typeof expected == 'function' ? expected(categories) : expected
    const id = isObject(got) ? got.id : got
    const reserved = typeof id == 'string' && /^(constructor|prototype)$/i.test(id) ? ' (no id can be "constructor" or "prototype": the consent record could not keep a choice under it)' : ''
    const blank = /^(url|stylesheet)$/.test(kind) && typeof got == 'string' && !got.trim() ? ': a blank URL names nothing, so the option is left out, as if not given' : ''
    const vanilla = isObject(got) && VANILLA_SHAPE[path] ? ': ' + VANILLA_SHAPE[path] : ''
    const dropped = DROPS_SERVICE.includes(kind) ? ': the service is left out, and a decision refuses it, so its tags stay blocked' : ''
    return `config${path && '.' + path}: expected ${what}, got ${kind == 'service.cookies' ? wrongCookie(got) : describe(got)}${reserved}${blank}${vanilla}${dropped}.`
  })
}

/**
 * The mistakes that leave a service out of the config (resolveServices); said, as its tags are then not
 * those of a service the config does not list, which run with their category: they stay blocked.
 */
const DROPS_SERVICE = ['service.id', 'service.name', 'service.category', 'service.cookies', 'service.catalogued', 'service.catalogued.script']

/** The first entry of a service's `cookies` that is no `{ name }`, where it is one of a list: `'_ga'` for `{ name: '_ga' }` is the likely slip. */
function wrongCookie(cookies: unknown): string {
  if (!Array.isArray(cookies)) return describe(cookies)
  const index = cookies.findIndex((cookie) => !(isObject(cookie) && (typeof cookie.name == 'string' || cookie.name instanceof RegExp)))
  const entry = cookies[index]
  const named = typeof entry == 'string' || entry instanceof RegExp ? ` (write { name: ${typeof entry == 'string' ? JSON.stringify(entry) : entry} })` : ''
  return `${describe(entry)} at [${index}]${named}`
}

function describe(value: unknown): string {
  if (typeof value == 'string') return JSON.stringify(value)
  if (Array.isArray(value)) return 'an array'
  return value === null ? 'null' : typeof value == 'object' ? 'an object' : String(value)
}

/** The `known` name a misspelt one most likely meant, as ` (did you mean …?)`: at most two letters off, in any case. */
function meant(path: string, known: string[]): string {
  const near = known.filter((name) => distance(name.toLowerCase(), path.toLowerCase()) <= 2)
  return near.length ? ` (did you mean ${near.join(' or ')}?)` : ''
}

/** How many letters must be added, removed or changed to turn one word into the other (Levenshtein). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]
}
