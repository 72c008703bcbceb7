import type { ResolvedConfig } from '../../core/types'
import type { Translator } from '../i18n/translate'
import { createRoot } from '../root'

/**
 * A root for what this chunk renders. consentry.css shows `.cy-root` but keeps
 * `.cy-lazy` hidden; consentry-dialog.css shows `.cy-root.cy-lazy`. So nothing
 * appears unstyled while the dialog's stylesheet is still on its way, as the
 * banner waits for consentry.css.
 */
export function createLazyRoot(config: ResolvedConfig, tr: Translator): HTMLElement {
  const root = createRoot(config, tr)
  root.classList.add('cy-lazy')
  return root
}
