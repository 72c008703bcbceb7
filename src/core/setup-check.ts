import { logWarning } from './log'
import type { ConfigProblem, UIHost } from './types'

let checked = false

// Not `necessary`, which runs at once anyway: it needs no consent.
const MARKED = '[data-category]:not([data-category=necessary])'
const NOT_HELD = `script${MARKED}:not([type="text/plain"]),iframe[src]${MARKED}:not([data-src]),img[src]${MARKED}:not([data-src]),link[href]${MARKED}:not([data-href])`
/** A `data-consentry` value Consentry does nothing with: a typo (`preference`, `Preferences`) leaves a dead link. */
// Chained: a selector list in :not() is newer than the browsers Consentry supports (Chrome 88, Firefox 84).
const UNKNOWN_ROLE = '[data-consentry]:not([data-consentry=preferences]):not([data-consentry=declaration])'

/**
 * What the page's set-up did to Consentry that the core cannot see from where it runs, told
 * once a page in messages.ts's words, the first time a visitor decides (as the look options
 * are: a site owner trying their banner decides at once). Both come from tools that rewrite a
 * page's scripts (Cloudflare Rocket Loader, WP Rocket's "Delay JavaScript execution", HTML
 * minifiers), and nothing else would say why:
 * - `window.consentryConfig` holds a `revision` or `siteName` that the config Consentry runs
 *   on does not: it was set after consentry.js read it, which then ran on its defaults
 *   (no services, no privacy policy, no consent log);
 * - a script marked `data-category` (but `necessary`) whose type is not `text/plain`: gating
 *   never sees it as held back, so it ran, or whatever changed its type may run it, without consent.
 * And two slips of the site owner's own, which nothing else would say either:
 * - an iframe, image or stylesheet marked `data-category` whose address is in `src` (`href`),
 *   not `data-src` (`data-href`): the browser loaded it before any consent;
 * - as a warning, `ui.reopenButton: false` on a page with no `data-consentry="preferences"`
 *   element: a visitor has no way back to the choices there (withdrawing must be as easy as consenting);
 * - an element whose `data-consentry` is neither `preferences` nor `declaration`, or with
 *   vanilla-cookieconsent's `data-cc`: it does nothing;
 * - vanilla-cookieconsent still running beside Consentry (a switch half made): it shows a banner of
 *   its own and runs the tags both read (the same markup) on its own consent, whatever the visitor chose here.
 */
export function checkSetUp({ config, tell }: Pick<UIHost, 'config' | 'tell'>): void {
  if (checked) return
  checked = true
  const given = window.consentryConfig as { revision?: unknown; siteName?: unknown } | undefined
  // Each by its start tag as the page now has it: what rewrote it shows there (a type or data-* of its own).
  const startTags = (selector: string, kind: string): ConfigProblem[] =>
    [...document.querySelectorAll(selector)].map((element) => ['', kind, element.outerHTML.split('>')[0] + '>'])
  const problems = [...startTags(NOT_HELD, 'tag.notHeld'), ...startTags(UNKNOWN_ROLE, 'element.role'), ...startTags('[data-cc]', 'element.vanilla')]
  // By its container, or its API (Cookiebot's window.CookieConsent has no acceptedCategory).
  if ((window as { CookieConsent?: { acceptedCategory?: unknown } }).CookieConsent?.acceptedCategory || document.getElementById('cc-main'))
    problems.push(['', 'vanilla.running', undefined])
  // Two values a config check keeps as given when valid, so that a wrong one is no false alarm.
  if ((Number.isInteger(given?.revision) && given!.revision != config.revision) || (typeof given?.siteName == 'string' && given.siteName != config.siteName))
    problems.push(['', 'config.late', undefined])
  if (problems.length) tell(problems)
  if (config.ui.reopenButton === false && !document.querySelector('[data-consentry="preferences"]')) tell([['', 'withdrawal.noWay', undefined]], [], logWarning)
}
