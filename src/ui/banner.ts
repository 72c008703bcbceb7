import type { UIHost } from '../core/types'
import { h, markup } from './dom'
import type { Translator } from './i18n/translate'
import { safeHref } from './markup'

/**
 * First layer: who and why, and three equal ways out. A labelled region, not
 * a modal: the page stays usable (no cookie wall) and `position: fixed` keeps
 * its layout still. Plain DOM, no Preact: it is what every first visit loads.
 * `prefetch` is called when the visitor looks like opening the choices
 * (pointer over, or focus on, that button), so the dialog chunk is on its way;
 * `prepareDecision` when the pointer or focus enters the banner at all, or,
 * on a touch screen, once the page has loaded.
 */
let escape: (() => void) | undefined

export function createBanner({ api, config, gpc, prepareDecision }: UIHost, tr: Translator, prefetch: () => void): HTMLElement {
  const { t, categories } = tr
  const layout = config.ui.layout || 'box'
  const position = config.ui.position || (layout == 'bar' ? 'bottom' : 'bottom-right')
  const purposes = categories(config.categories.filter((id) => id != 'necessary'))
  const privacy = safeHref(config.privacyPolicyUrl)
  // Reject all and Accept all: the same element, class and size, so neither is favoured.
  // They come first so that, when the row wraps, they share a line and the third takes the next.
  const button = (label: string, run: () => void, alt?: boolean) =>
    h('button', { type: 'button', class: alt ? 'cy-btn cy-alt' : 'cy-btn', onclick: run }, label)
  const choices = button(t('preferences'), () => api.showPreferences(), true)
  choices.onpointerenter = choices.onfocus = prefetch

  const banner = h(
    'div',
    {
      role: 'region',
      'aria-labelledby': 'cy-banner-title',
      class: `cy-banner cy-${layout} cy-${position}`,
    },
    h('h2', { id: 'cy-banner-title', class: 'cy-title' }, t('bannerTitle')),
    // Closes without deciding: no consent is given, the banner returns on the next page.
    h('button', { type: 'button', class: 'cy-x', 'aria-label': t('close'), onclick: () => api.hide() }, '×'),
    h('p', { class: 'cy-text' }, ...markup(t('bannerText', { purposes })), ' ', privacy && h('a', { href: privacy }, t('privacyPolicy'))),
    gpc && h('p', { class: 'cy-gpc' }, t('gpc', { categories: categories(config.gpcCategories) })),
    h(
      'div',
      { class: 'cy-actions' },
      button(t('rejectAll'), () => api.rejectAll('banner')),
      button(t('acceptAll'), () => api.acceptAll('banner')),
      choices,
    ),
  )
  // Escape closes it wherever focus is: a keyboard user who has tabbed on into the page can
  // uncover what the banner hides without moving focus (WCAG 2.4.11). Never consent.
  // One listener for the page, for whichever banner is up: one per showing would pile up.
  if (!escape) addEventListener('keydown', (event) => event.key == 'Escape' && escape!())
  escape = () => banner.isConnected && api.hide()
  // A mouse enters the banner well before it clicks: the engine is (nearly) there by then.
  banner.onpointerenter = prepareDecision
  banner.addEventListener('focusin', prepareDecision)
  // A touch screen gives no such warning (its pointerenter comes with the tap itself), so the
  // tap would wait for the engine's request: there it comes once the page has loaded, not
  // competing with the page's own files. (jsdom, where apps run their unit tests, has no matchMedia.)
  if (window.matchMedia?.('(hover: none)').matches) {
    if (document.readyState == 'complete') prepareDecision()
    else addEventListener('load', prepareDecision)
  }
  return banner
}
