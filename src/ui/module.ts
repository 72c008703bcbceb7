/**
 * The ES module build's mount: the dialog chunk is a dynamic import that the
 * bundler splits off. The app imports the styles itself (consentry/styles.css
 * holds the dialog's too), unless it names `ui.dialogStylesheet`.
 */
import { onAdded } from '../core/added'
import { createMount } from './mount'
import { ensureStylesheet } from './page'
import { stylesheetLoaded } from './stylesheet-loaded'

export const mount = createMount({
  loadDialog: ({ config }) =>
    Promise.all([import('./dialog/index'), stylesheetLoaded(ensureStylesheet(config.ui.dialogStylesheet))]).then(([chunk]) => chunk),
  linkStylesheet: ensureStylesheet,
  onAdded,
})
