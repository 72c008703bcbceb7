import { logWarning } from '../../core/log'
import type { Tables } from '../i18n/translate'
import type { DialogTranslator } from './translator'

/**
 * Tells the site owner which strings its translation for the visitor's language leaves out,
 * shown in English instead: said once a page, by the dialog chunk (which holds every key),
 * only for a language the site adds (a built-in one has all of them). The banner's chunk,
 * which every first visit loads, stays without it.
 */
export function reportMissingStrings(tr: DialogTranslator, strings: Tables): void {
  if (!strings.en || strings[tr.lang] || strings[tr.lang.split('-')[0]]) return
  // The floating button's name is not in the table: the button has its own English one.
  const missing = Object.keys(strings.en)
    .filter((key) => tr.standIn(key))
    .concat(tr.t('reopenButton') ? [] : ['reopenButton'])
  if (missing.length)
    logWarning(`translations["${tr.lang}"] leaves out ${missing.length} strings, shown in English: ${missing.join(', ')}.`)
}
