import type { MountUI, UIHost, View } from '../core/types'
import type { onAdded } from '../core/added'
import { createBanner } from './banner'
import type { Dialog, DialogChunk } from './dialog/index'
import { createTranslator, type Tables } from './i18n/translate'
import { whenBody, type ensureStylesheet } from './page'
import { createRoot } from './root'
import { stylesheetLoaded } from './stylesheet-loaded'

/** What the UI chunk is given from outside itself; the script build lends the core's own, so this chunk carries no copy. */
export interface UIFiles {
  /** Fetches the dialog chunk and its stylesheet: sibling files, or a dynamic import. */
  loadDialog: (host: UIHost) => Promise<DialogChunk>
  /** Links one of Consentry's stylesheets. */
  linkStylesheet: typeof ensureStylesheet
  /** Watches the page for elements it gains (see onAdded). */
  onAdded: typeof onAdded
  /** The page elements only the dialog chunk can fill (NEEDS_DIALOG): the script build's core lends its copy. */
  needsDialog: string
  /** The banner's built-in strings: the script build's chunk carries one language's, the ES module fetches the visitor's. */
  strings: Tables
}

/**
 * The UI chunk's `mount`, given how to reach its files. Renders the banner
 * itself, in plain DOM, and leaves everything else to the dialog chunk,
 * fetched only when the preferences open (or look about to) or the page has
 * something for it. Changes state only through `host.api`.
 */
export const createMount =
  ({ loadDialog, linkStylesheet, onAdded, needsDialog, strings }: UIFiles): MountUI =>
  (host) =>
    whenBody(() => {
      const { config, $view } = host
      linkStylesheet(config.ui.stylesheet)
      const tr = createTranslator(host, strings)
      const root = createRoot(config, tr)
      // First in the body, so keyboard and screen-reader users meet it first; it is fixed, so nothing moves.
      host.keep(root, 'prepend')

      // One fetch, shared by every caller; a failed one is said once and tried again on the next call.
      let loading: Promise<void> | undefined
      let dialog: Dialog | undefined
      // It waits for consentry.css too: all it renders uses its colours (a placeholder reads them off
      // it), and a declaration on the page, restyled once on screen, would move (a layout shift). And
      // for the services, which the banner does without: their catalogue may still be on its way.
      const loadDialogOnce = () =>
        (loading ||= Promise.all([loadDialog(host), stylesheetLoaded(linkStylesheet(config.ui.stylesheet)), host.servicesReady()]).then(
          ([chunk]) => {
            // Every part of the dialog chunk (preferences, declaration, placeholders) leads to decisions.
            host.prepareDecision()
            dialog = chunk.startDialog(host)
          },
          (error) => {
            loading = undefined
            console.error(`[consentry] could not load the preferences (${error?.message ?? error}).`)
          },
        ))
      // Also called when the visitor only looks like opening the choices: by the click, the chunk is (nearly) there.
      const fetchDialog = () => void loadDialogOnce()
      // Once the page holds a declaration or an embed, now or when one is added.
      if (document.querySelector(needsDialog)) fetchDialog()
      onAdded(needsDialog, fetchDialog)

      // What is on screen: the banner appears and goes at once, the preferences once the dialog chunk is in.
      let shown: View = 'none'
      let opener: HTMLElement | null = null

      function update(view: View) {
        if (view == shown) return
        if (view == 'preferences') return open()
        const closing = shown == 'preferences'
        // The banner or dialog goes with the focus in it: unless restoreFocus finds where it came from, it is left on the body (see focusLost).
        if (closing || root.contains(document.activeElement)) host.focusLost = true
        if (closing) dialog!.preferences(false)
        showBanner(view == 'banner')
        shown = view
        if (closing) restoreFocus()
      }

      function showBanner(on: boolean) {
        root.textContent = ''
        if (on) root.append(createBanner(host, tr, fetchDialog))
      }

      // The banner stays up while the dialog chunk loads, so nothing flickers; the dialog replaces it once rendered.
      function open() {
        opener = document.activeElement as HTMLElement | null
        void loadDialogOnce().then(() => {
          // Without the dialog the banner stands in, so a visitor can still refuse or take back everything.
          if (!dialog) return $view.get() == 'preferences' && host.api.showBanner()
          if ($view.get() != 'preferences' || shown == 'preferences') return
          const element = dialog.preferences(true)
          if (shown == 'banner') showBanner(false)
          shown = 'preferences'
          element?.focus()
        })
      }

      // After the other store listeners, which may show the opener again (one hidden while the dialog was up).
      // The opener may be gone (the banner re-rendered): then the banner's Preferences button stands in for it.
      function restoreFocus() {
        void Promise.resolve().then(() => {
          const back = opener != document.body && opener?.isConnected ? opener : root.querySelector<HTMLElement>('.cy-banner .cy-alt')
          back?.focus()
        })
      }

      $view.subscribe(update)
    })
