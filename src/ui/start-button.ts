/**
 * The floating button's start, the same in both builds: its code comes from `load` once a
 * decision exists (consentry-button.js in the script build, a chunk in the ES module), so a
 * first visit without one never fetches it, and nothing the banner needs waits for it.
 */
import { tellError } from '../core/log'
import type { UIHost } from '../core/types'
import { whenDecided } from './page'

export type CreateButton = (host: UIHost) => void

export function startButton(host: UIHost, load: () => Promise<CreateButton>): void {
  if (host.config.ui.reopenButton === false) return
  whenDecided(host.$consent, () =>
    load().then(
      (create) => create(host),
      (error) => tellError('load.button', error.message),
    ),
  )
}
