import type { UIHost } from '../../core/types'
import type { Choices } from './choices'
import type { DialogTranslator } from './translator'

/** What every component receives: the host, the texts and the dialog's unsaved choices. */
export interface Ui {
  host: UIHost
  tr: DialogTranslator
  /** Draft of the preferences dialog; only Save choices hands it to the engine. */
  choices: Choices
  /** Category ids whose service list is open. */
  expanded: Record<string, boolean>
  /** Re-renders after a component changed `choices` or `expanded`. */
  update(): void
}
