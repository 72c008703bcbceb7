import { render } from 'preact'
import type { UIHost } from '../../core/types'
import type { Translator } from '../i18n/translate'
import { safeHref } from '../markup'
import { createLazyRoot } from './lazy-root'

/**
 * Placeholders for held-back embeds (`<iframe data-src data-category data-service>`):
 * which service, why it is held back, its privacy policy, "Load this once" and
 * "Always allow <service>".
 *
 * The iframe itself keeps its place and the box the site's CSS gives it, only
 * hidden; a wrapper stacks the placeholder over it. No inline styles (a strict
 * `style-src 'self'` CSP holds): the wrapper's classes follow how the iframe is
 * laid out, checked by measuring it once. The wrapper comes off before the
 * iframe gets its `src`, as moving a loaded iframe would reload it.
 *
 * Kept in sync with the decision and with embeds the page adds later; a
 * withdrawal replaces a loaded embed with a fresh, empty copy (the old frame and
 * everything it loaded are discarded), which gating activates again on consent.
 */
export function startPlaceholders(host: UIHost, tr: Translator): void {
  const { api, config, $consent } = host
  const { t } = tr
  const once = new WeakSet<Element>()
  const wrappers = new WeakMap<Element, HTMLElement>()
  let ids = 0

  const allowed = (iframe: Element, category: string, id: string | null) => {
    const consentMode = config.consentMode
    return (
      once.has(iframe) ||
      api.isAllowed(id ? category + '.' + id : category) ||
      // As gating: Consent Mode's advanced mode loads these without consent.
      (!!consentMode && consentMode.mode == 'advanced' && config.services.some((s) => s.id == id && s.consentMode))
    )
  }

  function sync() {
    for (let iframe of document.querySelectorAll<HTMLIFrameElement>('iframe[data-src][data-category]')) {
      const category = iframe.getAttribute('data-category') as string
      const id = iframe.getAttribute('data-service')
      const wrapper = wrappers.get(iframe)
      if (allowed(iframe, category, id)) {
        if (wrapper) wrapper.replaceWith(iframe), wrappers.delete(iframe)
        continue
      }
      if (wrapper) continue
      if (iframe.hasAttribute('src')) {
        const fresh = iframe.cloneNode() as HTMLIFrameElement
        fresh.removeAttribute('src')
        iframe.replaceWith(fresh)
        iframe = fresh
      }
      wrap(iframe, category, id)
    }
  }

  function wrap(iframe: HTMLIFrameElement, category: string, id: string | null) {
    const frame = iframe
    const { display, position } = getComputedStyle(iframe)
    const width = iframe.getBoundingClientRect().width
    const wrapper = document.createElement('cy-embed')
    wrapper.className =
      'cy-embed' + (/abs|fixed/.test(position) ? ' cy-abs' : /^inline|^none/.test(display) ? '' : ' cy-block')
    iframe.replaceWith(wrapper)
    const box = createLazyRoot(config, tr)
    box.classList.add('cy-ph')
    wrapper.append(iframe, box)
    wrappers.set(iframe, wrapper)
    // Sized in percent (which now resolves against the wrapper), or a fixed size in a block the width of the page.
    const now = iframe.getBoundingClientRect().width
    if (Math.abs(now - width) > 0.5) wrapper.classList.add('cy-full')
    else if (Math.abs(wrapper.getBoundingClientRect().width - now) > 0.5) wrapper.classList.add('cy-fit')

    const service = config.services.find((s) => s.id == id)
    const label = tr.category(category, 'label')
    const vars = { service: service ? service.name : id || label, category: label }
    const policy = safeHref(service && service.privacyPolicyUrl)
    const titleId = 'cy-embed-' + ++ids
    box.setAttribute('role', 'group')
    box.setAttribute('aria-labelledby', titleId)
    const load = (always?: boolean) => {
      if (always) {
        const consent = $consent.get()
        const categories = consent ? Object.keys(consent.categories).filter((c) => consent.categories[c]) : []
        const services = { ...(consent && consent.services) }
        if (id) services[id] = true
        else categories.push(category)
        // A real decision: the engine records it and gating loads the embed.
        api.save({ categories, services })
      } else {
        once.add(frame)
        sync()
        frame.setAttribute('src', frame.getAttribute('data-src') as string)
      }
      frame.focus()
    }
    render(
      <>
        <p class="cy-ph-title" id={titleId}>
          {t('embedTitle', vars)}
        </p>
        <p class="cy-text">
          {t('embedText', vars)} {policy && <a href={policy}>{t('embedPolicy', vars)}</a>}
        </p>
        <div class="cy-actions">
          <button type="button" class="cy-btn" onClick={() => load()}>
            {t('embedOnce')}
          </button>
          <button type="button" class="cy-btn" onClick={() => load(true)}>
            {t('embedAlways', vars)}
          </button>
        </div>
      </>,
      box,
    )
  }

  new MutationObserver(sync).observe(document.body, { childList: true, subtree: true, attributeFilter: ['data-src'] })
  $consent.listen(sync)
  sync()
}
