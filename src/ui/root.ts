import type { ResolvedConfig } from '../core/types'
import type { Translator } from './i18n/translate'
import { themeClass } from './page'

/**
 * The element everything renders into, invisible until the stylesheet arrives.
 * Its class scopes the stylesheet; `lang`
 * and `dir` make screen readers and layout follow the UI's language when it is
 * not the page's.
 */
export function createRoot(config: ResolvedConfig, tr: Translator): HTMLElement {
  const root = document.createElement('div')
  root.className = 'cy-root ' + themeClass(config)
  // Shown by the stylesheet's `.cy-root { display: contents }`: until it has loaded,
  // an unstyled banner would sit in the page's flow and push the content down.
  root.hidden = true
  if (tr.lang != document.documentElement.lang) root.lang = tr.lang
  root.dir = tr.rtl ? 'rtl' : 'ltr'
  return root
}
