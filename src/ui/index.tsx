import { render } from 'preact'
import type { MountUI, View } from '../core/types'
import { Banner } from './banner'
import { initialChoices } from './choices'
import type { Ui } from './context'
import { renderDeclarations } from './declaration'
import { createTranslator } from './i18n/translate'
import { ensureStylesheet, whenBody } from './page'
import { startPlaceholders } from './placeholder'
import { Preferences } from './preferences'
import { createRoot } from './root'

/**
 * The UI chunk's entry. Renders whatever `host.$view` asks for and changes
 * state only through `host.api`. No hooks: one render function driven by the
 * stores and the dialog's draft keeps the chunk small.
 */
export const mount: MountUI = (host) =>
  whenBody(() => {
    const { config, $view, $consent } = host
    ensureStylesheet(config.ui.stylesheet)
    const tr = createTranslator(host)
    const root = createRoot(config, tr)
    // First in the body, so keyboard and screen-reader users meet it first; it is fixed, so nothing moves.
    document.body.prepend(root)
    startPlaceholders(host, tr)
    renderDeclarations(host, tr)

    let shown: View = 'none'
    let returnFocusTo: HTMLElement | null = null
    const ui: Ui = { host, tr, choices: initialChoices(config, null), expanded: {}, update }

    function update() {
      const view = $view.get()
      const opening = view == 'preferences' && shown != view
      const closing = shown == 'preferences' && view != shown
      if (opening) {
        returnFocusTo = document.activeElement as HTMLElement | null
        ui.choices = initialChoices(config, $consent.get())
        ui.expanded = {}
      }
      render(view == 'banner' ? <Banner ui={ui} /> : view == 'preferences' ? <Preferences ui={ui} /> : null, root)
      shown = view
      if (opening) root.querySelector<HTMLElement>('[role=dialog]')!.focus()
      // After the other store listeners, which may show the opener again (one hidden while the dialog was up).
      // The opener may be gone (the banner re-rendered): then the banner's Preferences button stands in for it.
      if (closing) {
        Promise.resolve().then(() => {
          const opened = returnFocusTo != document.body && returnFocusTo?.isConnected
          const opener = opened ? returnFocusTo : root.querySelector<HTMLElement>('.cy-banner .cy-alt')
          opener?.focus()
        })
      }
    }

    $view.subscribe(update)
    $consent.listen(update)
  })
