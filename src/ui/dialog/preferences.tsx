import type { UIHost } from '../../core/types'
import { Category } from './category'
import { toConsentChoice } from './choices'
import type { Ui } from './context'
import { Markup } from './markup'
import { Actions, CloseButton, GpcNotice, PrivacyLink } from './shared'
import { Said } from './translator'

/** Closes the preferences without deciding. Without a decision the question stays open: back to the banner, never silence. */
export const closePreferences = ({ api, $consent }: UIHost) => ($consent.get() ? api.hide() : api.showBanner())

/**
 * Second layer: a modal dialog with a switch per category and per service.
 * Escape (see modal.ts) and × close it without deciding; mount() moves focus
 * in and back.
 */
export function Preferences({ ui }: { ui: Ui }) {
  const { api, config } = ui.host
  const { t, say, standIn } = ui.tr
  const close = () => closePreferences(ui.host)
  return (
    // A press on the backdrop would take focus out of the dialog, to <body>: it is kept where it was.
    <div class="cy-overlay" onMouseDown={(event) => event.target == event.currentTarget && event.preventDefault()}>
      <div role="dialog" aria-modal="true" aria-labelledby="cy-preferences-title" tabIndex={-1} class="cy-dialog">
        <div class="cy-head">
          <h2 id="cy-preferences-title" class="cy-title">
            {say('preferencesTitle')}
          </h2>
          <CloseButton ui={ui} run={close} />
        </div>
        {/* Focusable (not by Tab), so that the arrow keys and Page Down scroll it (see modal.ts). */}
        <div class="cy-body" tabIndex={-1}>
          <p class="cy-text">
            <Said lang={standIn('preferencesText')}>
              <Markup text={t('preferencesText')} />
            </Said>{' '}
            <PrivacyLink ui={ui} />
          </p>
          <GpcNotice ui={ui} />
          {config.categories.map((id, index) => (
            <Category ui={ui} id={id} index={index} />
          ))}
        </div>
        <Actions ui={ui} other={{ label: say('save'), run: () => api.save(toConsentChoice(ui.choices), 'preferences') }} />
      </div>
    </div>
  )
}
