/**
 * The ES module build's mount: the dialog chunk is a dynamic import that the
 * bundler splits off. The app imports the styles itself (consentry/styles.css
 * holds the dialog's too), unless it names `ui.dialogStylesheet`.
 */
import { createMount } from './mount'
import { stylesheetLoaded } from './stylesheet-loaded'

export const mount = createMount(({ config }) =>
  Promise.all([import('./dialog/index'), stylesheetLoaded(config.ui.dialogStylesheet)]).then(([chunk]) => chunk),
)
