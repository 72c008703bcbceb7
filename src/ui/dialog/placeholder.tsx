import { onAdded } from '../../core/added'
import { isAdvancedConsentModeService } from '../../core/integrations/consent-mode'
import { canRun, HELD_EMBED } from '../../core/selectors'
import { allows } from '../../core/record'
import type { UIHost } from '../../core/types'
import type { DialogTranslator } from './translator'
import { safeHref } from '../markup'
import { isolate } from './isolate'
import { drawPlaceholder, paletteOf, type Palette } from './placeholder-view'

/** The document a held-back iframe shows: blank, of the page's origin, so the placeholder can be drawn in it. */
const BLANK = '<!doctype html><title></title>'

/**
 * Placeholders for held-back embeds (`<iframe data-src data-category data-service>`):
 * which service, why it is held back, its privacy policy, "Load this once" and
 * "Always allow <service>".
 *
 * The placeholder is drawn inside the iframe itself: the iframe gets a `srcdoc`,
 * a blank document the page can reach, and the placeholder is rendered into it.
 * So the iframe never moves and nothing is put beside it. A framework that
 * renders the page (React, Vue, Svelte, Preact) finds it where it put it; the
 * placeholder has exactly the box the site gives the iframe, at every width;
 * and the site's content styles cannot reach it.
 *
 * `srcdoc` outranks `src`: while it is set, nothing of the embed loads, even
 * with a `src`. Taking it away shows the `src`, which gating sets on consent and
 * "Load this once" sets here (see release for how, without a history entry). An
 * embed already loaded (a withdrawal) is replaced by a blank document instead,
 * and comes back the same way (see hold, release).
 *
 * Kept in sync with the decision and with embeds the page adds later.
 */
export function startPlaceholders(host: UIHost, tr: DialogTranslator): void {
  const { api, config, $consent } = host
  const once = new WeakSet<Element>()
  /** The iframes showing a placeholder, each with what draws it (again on every load: a moved iframe reloads). */
  const held = new WeakMap<HTMLIFrameElement, () => void>()
  /** Read once for all placeholders (each reading makes the browser work out the page's styles), again when the theme turns. */
  let palette: Palette | undefined

  const allowed = (iframe: Element, category: string, id: string | null) =>
    once.has(iframe) ||
    // Read as gating reads the tag: its own data-service, whole (not joined and split on a dot).
    // Without a decision, the necessary only: they need no consent, and gating has loaded them.
    allows($consent.get(), category, id || undefined) ||
    // As gating: Consent Mode's advanced mode loads these without consent (by the same rule).
    (!!id && isAdvancedConsentModeService(config, id))

  function sync() {
    for (const iframe of document.querySelectorAll<HTMLIFrameElement>(HELD_EMBED)) {
      const category = iframe.getAttribute('data-category') as string
      const id = iframe.getAttribute('data-service')
      // Gating never loads these, and says so: nothing to offer.
      if (!canRun(category, id, config.categories)) continue
      if (allowed(iframe, category, id)) release(iframe)
      else if (!held.has(iframe)) hold(iframe, category, id)
    }
  }

  function release(iframe: HTMLIFrameElement) {
    const draw = held.get(iframe)
    if (!draw) return
    iframe.removeEventListener('load', draw)
    held.delete(iframe)
    if (iframe.hasAttribute('srcdoc')) {
      // Taking the srcdoc away navigates the frame to its src (or a blank page until gating or
      // "Load this once" sets it), and as the frame shows a document already, the placeholder's,
      // Chromium adds that load to the frame's session history: the visitor's next Back would step
      // back to the placeholder, and Forward request the embed again. Out of the page, the iframe
      // loses its srcdoc without navigating; put back in its place in this same task (no layout runs
      // without it, nothing moves; a MutationObserver of the page's sees it go and come back), it is a
      // new frame, whose first load replaces its initial entry.
      const { parentNode, nextSibling } = iframe
      const focused = (iframe.getRootNode() as Document | ShadowRoot).activeElement == iframe
      iframe.remove()
      iframe.removeAttribute('srcdoc')
      parentNode?.insertBefore(iframe, nextSibling)
      if (focused) iframe.focus()
    }
    // A frame whose embed was replaced (see hold) has no srcdoc: it is sent back to its src, replacing the placeholder's entry.
    else if (iframe.getAttribute('src')) iframe.contentWindow?.location.replace(iframe.src)
  }

  function hold(iframe: HTMLIFrameElement, category: string, named: string | null) {
    const service = config.services.find((s) => s.id == named)
    // A service the config does not list has no answer of its own to give: like a tag without
    // one, it needs its whole category, and the placeholder says so by the category's name.
    const id = service ? named : null
    const label = tr.category(category, 'label')
    // Who gets the visitor's IP address: the provider, else at least the host the embed loads from
    // (read through a link, which never throws on a malformed address, unlike new URL).
    const embed = Object.assign(document.createElement('a'), { href: iframe.getAttribute('data-src') })
    const provider = (service && service.provider) || embed.hostname
    // Names isolated in the sentences they fill (see isolate.tsx).
    const vars = { service: service ? isolate(service.name) : label, provider: isolate(provider), category: label }
    const policy = safeHref(service && service.privacyPolicyUrl)

    const load = (always?: boolean) => {
      if (always) {
        const consent = $consent.get()
        const categories = consent ? Object.keys(consent.categories).filter((c) => consent.categories[c]) : []
        // The listed services' answers, as they stand: the record may also name others (dropped, or no
        // longer listed), which save() would say it ignored, on every click.
        const services: Record<string, boolean> = {}
        for (const { id: listed } of config.services) {
          const answer = consent && consent.services[listed]
          if (typeof answer == 'boolean') services[listed] = answer
        }
        if (id) services[id] = true
        else categories.push(category)
        // A real decision: the engine records it and gating loads the embed.
        api.save({ categories, services }, 'embed')
      } else {
        once.add(iframe)
        release(iframe)
        // Without the srcdoc, a src it kept from before a withdrawal loads by itself; setting it again would navigate twice.
        const src = iframe.getAttribute('data-src') as string
        // As gating: only http(s), never a javascript: src, which would run as the page (the link reads the scheme as the frame would).
        if (iframe.getAttribute('src') != src && /^https?:$/.test(embed.protocol)) iframe.setAttribute('src', src)
      }
      iframe.focus()
    }

    let retries = 0
    let replaced = false
    /** The blank document that replaced the embed's (see below), once it is written. */
    let blank: Document | undefined
    const draw = () => {
      const page = iframe.contentDocument
      if (!page) {
        // A sandbox without allow-same-origin keeps the page out of the frame: nothing can be drawn there.
        if (!replaced && iframe.hasAttribute('sandbox') && !iframe.sandbox.contains('allow-same-origin')) return warnSandboxed(iframe)
        // The embed again: a replaced one that finished loading first, a moved iframe, which reloads its
        // src (that request is made), or one whose load, begun before a withdrawal, won over the srcdoc
        // set then. Replace it (once more); a few times, as a sandbox keeps the blank one out too.
        replaced = true
        if (retries++ < 3) iframe.contentWindow?.location.replace('about:blank')
        return
      }
      if (replaced && page != blank && page.URL == 'about:blank') {
        // about:blank has no doctype, and in quirks mode the placeholder's rules lay it out
        // otherwise: write the srcdoc's document into it (this adds no history entry).
        page.open()
        try {
          page.write(BLANK)
        } catch {
          // Trusted Types: the frame's window has no policy of its own (the page's `default` is the
          // page's), so the write is refused. The document, closed empty, still takes the placeholder.
        }
        page.close()
        blank = page
      }
      if (page.URL == 'about:srcdoc' || page == blank) {
        drawPlaceholder(page, { tr, vars, policy, load, details: api.showPreferences }, (palette ||= paletteOf(config, tr)))
        // The frame's keys stay in the frame: Escape, which closes the banner wherever focus is, is passed on to the page.
        // (A block, not an expression: a handler that returns false cancels the key, Tab included.)
        page.onkeydown = (event) => {
          if (event.key == 'Escape') dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
        }
      }
      // Chromium drops a srcdoc set while a just-inserted iframe loads its first, blank document
      // (as when the parser is still adding the page's embeds): set it again once that is done.
      else if (page.URL == 'about:blank' && retries++ < 3) iframe.setAttribute('srcdoc', BLANK)
    }
    held.set(iframe, draw)
    iframe.addEventListener('load', draw)
    const shown = iframe.contentDocument
    if (iframe.getAttribute('src') && !(shown && shown.URL == 'about:blank')) {
      // The frame shows its embed (a withdrawal). A srcdoc would push the placeholder onto the
      // frame's history, and the visitor's next Back would step into the frame and request the
      // embed again. Replacing the embed's entry with a blank document leaves nothing to go back
      // to; the page starts that navigation, so the blank document is the page's to draw in.
      replaced = true
      iframe.contentWindow?.location.replace('about:blank')
    } else iframe.setAttribute('srcdoc', BLANK)
  }

  // The theme `auto` follows the visitor's light or dark setting, also when it changes.
  matchMedia('(prefers-color-scheme:dark)').addEventListener('change', () => {
    palette = undefined
    for (const iframe of document.querySelectorAll<HTMLIFrameElement>(HELD_EMBED)) held.get(iframe)?.()
  })
  onAdded(HELD_EMBED, sync)
  $consent.listen(sync)
  sync()
}

const warned = new WeakSet<Element>()

function warnSandboxed(iframe: HTMLIFrameElement): void {
  if (warned.has(iframe)) return
  warned.add(iframe)
  console.error(
    `[consentry] <iframe data-src="${iframe.getAttribute('data-src')}"> has a sandbox without allow-same-origin, so its placeholder cannot be drawn: ` +
      'it stays blank until the visitor allows it in the preferences.',
  )
}
