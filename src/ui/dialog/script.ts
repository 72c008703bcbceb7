// The classic script build's dialog chunk (dist/consentry-dialog.<language>.js). The UI chunk
// loads it when the preferences open or the page needs a declaration or embed
// placeholders; the core may fetch it earlier, so either may run first. A second
// copy of the file keeps the first registration, and with it the dialog's state.
import type { UIHost } from '../../core/types'
import { builtInLanguage } from '../../core/language'
import { withWords } from '../../services/parts'
import { dialogTables } from '../i18n/dialog-tables'
import { startDialog } from './index'

/**
 * Services named by id carry the catalogue's facts only; the UI chunk has fetched
 * their words (consentry-services.<language>.js) beside this file, and the dialog
 * shows each service whole.
 */
function withCatalogueWords(host: UIHost): UIHost {
  const words = window.ConsentryServiceWords
  if (!words) return host
  const wordsOf = (id: string) => (Object.prototype.hasOwnProperty.call(words, id) ? words[id] : undefined)
  // The words file is in the dialog chunk's language, English for one the site adds.
  const language = builtInLanguage(host.language)
  const services = host.config.services.map((service) => withWords(service, wordsOf(service.id), language))
  return { ...host, config: { ...host.config, services } }
}

const w = window as any
if (!w.ConsentryDialog) w.ConsentryDialog = { startDialog: (host: UIHost) => startDialog(withCatalogueWords(host), dialogTables) }
