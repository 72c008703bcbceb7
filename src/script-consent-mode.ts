// dist/consentry-consent-mode.js: consentry.js with Google Consent Mode built in, for sites
// that set `consentMode`. Google must hear the defaults before any of its tags runs, so it
// cannot be fetched later; the sites that do not use it do not pay for it.
import { boot, warnUnlessFirst } from './classic-script'
import { consentModeIntegration } from './core/integrations/consent-mode'

warnUnlessFirst('script.late.consentMode')
boot({ consentMode: consentModeIntegration })
