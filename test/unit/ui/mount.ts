import { onAdded } from '../../../src/core/added'
import { NEEDS_DIALOG } from '../../../src/core/selectors'
import * as dialogChunk from '../../../src/ui/dialog/index'
import { bannerTables } from '../../../src/ui/i18n/banner-tables'
import { dialogTables } from '../../../src/ui/i18n/dialog-tables'
import { createMount } from '../../../src/ui/mount'
import { ensureStylesheet } from '../../../src/ui/page'

/** How often the UI asked for the dialog chunk. */
export const dialogLoads = { count: 0 }

/**
 * The UI as the ES module mounts it, with the dialog chunk and every language's strings at
 * hand: nothing is fetched, yet the chunk arrives a task later, as a fetched one would.
 */
export const mount = createMount({
  loadDialog: () => {
    dialogLoads.count++
    return new Promise((resolve) => setTimeout(() => resolve({ startDialog: (host) => dialogChunk.startDialog(host, dialogTables) })))
  },
  linkStylesheet: ensureStylesheet,
  onAdded,
  needsDialog: NEEDS_DIALOG,
  strings: bannerTables,
})

/** Waits until a dialog chunk asked for has arrived and rendered. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 5))
