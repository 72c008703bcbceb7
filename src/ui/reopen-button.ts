import type { ResolvedConfig, UIHost } from '../core/types'
import css from '../../styles/reopen-button.css?raw'
import { themeClass, whenBody } from './page'

// Built in here rather than taken from the i18n tables, which a returning visitor never fetches.
const labels: Record<string, string> = { de: 'Cookie-Einstellungen', en: 'Cookie preferences', fr: 'Préférences cookies', nl: 'Cookievoorkeuren' }

// A cookie, drawn with one stroked path.
const ICON =
  'M12 3a9 9 0 1 0 9 9 3.5 3.5 0 0 1-4.5-4.5A3.5 3.5 0 0 1 12 3M8 9.5h.01M15.5 15h.01M11 15.5h.01M8.5 13.5h.01M12.5 11h.01'

type ButtonHost = Pick<UIHost, 'api' | 'config' | '$view' | '$consent' | 'language' | 'keep' | 'focusLost'>

/**
 * The floating withdrawal control: one click opens the preferences. Shown
 * while a valid decision exists and the banner is not up. It stays (under the
 * dialog's backdrop) while the preferences are open, so that it keeps focus
 * and the dialog can hand focus back to it on close. Its code is fetched, and the
 * button built (and its rules parsed), only once there is a decision to change
 * (see start-button.ts), so none of that work competes with the banner.
 */
export function createReopenButton(host: ButtonHost): void {
  whenBody(() => create(host))
}

function create(host: ButtonHost) {
  const { api, config, $view, $consent, language, keep } = host
  const option = config.ui.reopenButton
  style(config)
  // In the language of its words, which may not be the page's (a screen reader would say them wrong).
  // A site's key in any case (`es-MX`, `ES`): `language` comes lower-cased (see resolveLanguage).
  let own: string | undefined
  // (Translations are not checked: a language given as null has no words, as the banner reads it.)
  for (const tag in config.translations) if (tag.toLowerCase() == language) own = (config.translations[tag] || {}).reopenButton
  const base = language.split('-')[0]
  const lang = own ? language : labels[base] ? base : 'en'
  const label = own || labels[lang]
  const button = document.createElement('button')
  button.lang = lang
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path')
  svg.setAttribute('viewBox', '0 0 24 24')
  svg.setAttribute('aria-hidden', 'true')
  path.setAttribute('d', ICON)
  svg.append(path)
  button.append(svg)
  button.type = 'button'
  button.className = `cy-reopen ${themeClass(config)} cy-${(typeof option == 'object' && option.position) || 'bottom-left'}`
  button.title = label
  button.setAttribute('aria-label', label)
  // `hidden` never comes off: only its stylesheet (`.cy-reopen.cy-on`) displays the
  // button, so it cannot flash unstyled into the page before its rules apply.
  button.hidden = true
  button.onclick = () => api.showPreferences()
  keep(button, 'append')
  const sync = () => button.classList.toggle('cy-on', !!$consent.get() && $view.get() != 'banner')
  $view.subscribe(sync)
  $consent.listen(sync)
  // A decision took the focused banner or dialog away (the UI says so), and focus fell back to the top
  // of the page: it comes to the way back to the choices instead (WCAG 2.4.3). Checked once the UI has
  // done its part (it puts focus back where the dialog was opened from, when that is still there).
  setTimeout(() => host.focusLost && document.activeElement == document.body && button.focus())
}

/**
 * The button's few rules travel inside its script as a constructed stylesheet
 * (which a strict `style-src` CSP allows, unlike a <style> element), so a
 * returning visitor fetches no stylesheet. Browsers without constructed
 * stylesheets (before Safari 16.4) get the same rules in a <style> element,
 * which such a CSP refuses: there the footer link stays the way back.
 * `stylesheet: false`: the site styles it.
 */
function style(config: ResolvedConfig): void {
  if (config.ui.stylesheet === false) return
  if (!('adoptedStyleSheets' in document) || !('replaceSync' in CSSStyleSheet.prototype)) {
    document.head.append(Object.assign(document.createElement('style'), { textContent: css }))
    return
  }
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(css)
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
}
