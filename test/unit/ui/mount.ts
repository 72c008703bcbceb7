import { onAdded } from '../../../src/core/added'
import * as dialogChunk from '../../../src/ui/dialog/index'
import { createMount } from '../../../src/ui/mount'
import { ensureStylesheet } from '../../../src/ui/page'

/** How often the UI asked for the dialog chunk. */
export const dialogLoads = { count: 0 }

/**
 * The UI as the ES module mounts it, with the dialog chunk at hand: nothing is
 * fetched, yet the chunk arrives a task later, as a fetched one would.
 */
export const mount = createMount({
  loadDialog: () => {
    dialogLoads.count++
    return new Promise((resolve) => setTimeout(() => resolve(dialogChunk)))
  },
  linkStylesheet: ensureStylesheet,
  onAdded,
})

/** Waits until a dialog chunk asked for has arrived and rendered. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 5))
