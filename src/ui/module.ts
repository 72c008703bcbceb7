/**
 * The ES module build's mount: the dialog chunk is a dynamic import that the
 * bundler splits off. The app imports the styles itself (consentry/styles.css
 * holds the dialog's too), unless it names `ui.dialogStylesheet`. The built-in strings
 * come in the visitor's language only, each a chunk of its own (i18n/banner-strings.ts,
 * i18n/dialog-strings.ts), fetched beside the chunk that shows them.
 */
import { onAdded } from '../core/added'
import { logError } from '../core/log'
import { NEEDS_DIALOG } from '../core/selectors'
import type { MountUI } from '../core/types'
import { dialogStrings } from './i18n/dialog-strings'
import type { Tables } from './i18n/translate'
import { createMount } from './mount'
import { ensureStylesheet } from './page'
import { stylesheetLoaded } from './stylesheet-loaded'

/** The mount, given the banner's strings in the visitor's language (see ../index.ts). */
export function mountWith(strings: Tables): MountUI {
  const mount = createMount({
    loadDialog: ({ config, language }) =>
      Promise.all([import('./dialog/index'), dialogStrings(language), stylesheetLoaded(ensureStylesheet(config.ui.dialogStylesheet))]).then(
        ([chunk, dialogTable]) => ({ startDialog: (host) => chunk.startDialog(host, dialogTable) }),
      ),
    linkStylesheet: ensureStylesheet,
    onAdded,
    needsDialog: NEEDS_DIALOG,
    strings,
  })
  return (host) => {
    mount(host)
    if (host.config.ui.stylesheet === undefined) reportMissingStyles()
  }
}

/**
 * The app imports the stylesheet itself. Without it the banner is in the page but stays
 * hidden (nothing non-essential runs, and nothing asks): say so, once the page's own
 * styles have had every chance to arrive.
 */
function reportMissingStyles(): void {
  const check = () =>
    setTimeout(() => {
      const root = document.querySelector('.cy-root')
      if (root && getComputedStyle(root).display == 'none') {
        logError("the consent banner is hidden because its stylesheet is missing: import 'consentry/styles.css' in the app, or name one in ui.stylesheet.")
      }
    }, 1000)
  if (document.readyState == 'complete') check()
  else addEventListener('load', check, { once: true })
}
