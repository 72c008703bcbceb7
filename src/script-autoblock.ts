// dist/consentry-autoblock.js: consentry.js with autoBlock built in, for sites that set
// `autoBlock: true`. It must patch the DOM before any other script runs, so it cannot be
// fetched later; the sites that do not use it do not pay for it. Consent Mode comes with it
// (as in consentry-consent-mode.js): a site with both needs one file.
import { boot, warnUnlessFirst } from './classic-script'
import { autoBlock } from './core/auto-block'
import { consentModeIntegration } from './core/integrations/consent-mode'

warnUnlessFirst('script.late.autoBlock')
boot({ autoBlock, consentMode: consentModeIntegration })
