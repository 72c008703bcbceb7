import { render } from 'preact'
import type { UIHost } from '../../core/types'
import type { Tables } from '../i18n/translate'
import { initialChoices, isPartly } from './choices'
import { createDialogTranslator } from './translator'
import type { Ui } from './context'
import { renderDeclarations } from './declaration'
import { createLazyRoot } from './lazy-root'
import { startPlaceholders } from './placeholder'
import { makeModal } from './modal'
import { reportMissingStrings } from './missing-strings'
import { Preferences, closePreferences } from './preferences'

/** What the first-visit UI chunk gets from this one. */
export interface Dialog {
  /**
   * Shows the preferences (a fresh draft of the stored decision on each
   * opening; the page behind inert while they are open, see modal.ts) or
   * takes them away. Returns the dialog element, for focus.
   */
  preferences(open: boolean): HTMLElement | null
}

/** What the UI chunk is handed: `startDialog` with the dialog's strings at hand (see script.ts and ../module.ts). */
export interface DialogChunk {
  startDialog(host: UIHost): Dialog
}

/**
 * The dialog chunk's entry: everything Preact renders. Fills the cookie
 * declarations and starts the embed placeholders at once; the preferences
 * dialog waits for the UI chunk to ask for it. No hooks: one render function
 * driven by the stores and the dialog's draft keeps the chunk small.
 * `strings`: the built-in strings, the visitor's language's (or the one language of a
 * script-build chunk).
 */
export function startDialog(host: UIHost, strings: Tables): Dialog {
  const { config, $consent } = host
  const tr = createDialogTranslator(host, strings)
  reportMissingStrings(tr, strings)
  renderDeclarations(host, tr)
  startPlaceholders(host, tr)
  const root = createLazyRoot(config, tr)
  host.keep(root, 'prepend')

  let open = false
  let endModal = () => {}
  const ui: Ui = { host, tr, choices: initialChoices(config, null), expanded: {}, update }
  function update() {
    render(open ? <Preferences ui={ui} /> : null, root)
  }
  $consent.listen(update)

  return {
    preferences(show) {
      if (show && !open) {
        const choices = (ui.choices = initialChoices(config, $consent.get()))
        // A category allowed in part opens on its services, where the difference lies; the rest start collapsed.
        ui.expanded = {}
        for (const id of config.categories) ui.expanded[id] = isPartly(choices, config.services, id)
        endModal = makeModal(root, () => closePreferences(host))
      }
      // Before mount() gives focus back to the opener, which must be live again for it.
      if (!show && open) endModal()
      open = show
      update()
      return root.querySelector<HTMLElement>('[role=dialog]')
    },
  }
}
