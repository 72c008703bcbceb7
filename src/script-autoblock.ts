// dist/consentry-autoblock.js: consentry.js with autoBlock built in, for sites that set
// `autoBlock: true`. It must patch the DOM before any other script runs, so it cannot be
// fetched later; the sites that do not use it do not pay for it.
import { boot } from './classic-script'
import { autoBlock } from './core/auto-block'

boot({ autoBlock })
