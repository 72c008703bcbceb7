/**
 * The ES module: `import { init } from 'consentry'`. Importing it touches no
 * browser global (safe under SSR); the UI is a separate chunk that bundlers
 * split off and that loads only when something must be shown.
 */
import { configure } from './core/api'
import { autoBlock } from './core/auto-block'
import { explainConfig } from './core/config-messages'
import { decisionEngine } from './core/decision'
import { startReopenButton } from './ui/reopen-button'

configure({
  engine: decisionEngine,
  autoBlock,
  explainConfig,
  loadUI: () => import('./ui/module').then((ui) => ui.mount),
  onStart: startReopenButton,
})

export {
  init,
  acceptAll,
  rejectAll,
  save,
  getConsent,
  isAllowed,
  onChange,
  showBanner,
  showPreferences,
  hide,
  reset,
} from './core/api'
export type * from './core/types'
