import type { ComponentChildren } from 'preact'
import type { Ui } from './context'
import { safeHref } from '../markup'

/** Closes without deciding: no consent is given, the banner returns on the next page. */
export const CloseButton = ({ ui, run = ui.host.api.hide }: { ui: Ui; run?: () => void }) => (
  // Its name is its only text: the button says the name's language where English stands in.
  <button type="button" class="cy-x" aria-label={ui.tr.t('close')} lang={ui.tr.standIn('close')} onClick={() => run()}>
    ×
  </button>
)

export function PrivacyLink({ ui }: { ui: Ui }) {
  const href = safeHref(ui.host.config.privacyPolicyUrl)
  return href ? <a href={href}>{ui.tr.say('privacyPolicy')}</a> : null
}

export const GpcNotice = ({ ui }: { ui: Ui }) =>
  ui.host.gpc ? <p class="cy-gpc">{ui.tr.say('gpc', { categories: ui.tr.categories(ui.host.config.gpcCategories) })}</p> : null

/**
 * Reject all and Accept all: the same element, class and size, so neither is
 * favoured. They come first so that, when the row wraps, they share a line and
 * the third action takes the next.
 */
export function Actions({ ui, other }: { ui: Ui; other: { label: ComponentChildren; run(): void } }) {
  const { api } = ui.host
  const { say } = ui.tr
  return (
    <div class="cy-actions">
      <button type="button" class="cy-btn" onClick={() => api.rejectAll('preferences')}>
        {say('rejectAll')}
      </button>
      <button type="button" class="cy-btn" onClick={() => api.acceptAll('preferences')}>
        {say('acceptAll')}
      </button>
      <button type="button" class="cy-btn cy-alt" onClick={other.run}>
        {other.label}
      </button>
    </div>
  )
}
