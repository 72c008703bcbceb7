import { Category } from './category'
import { toConsentChoice } from './choices'
import type { Ui } from './context'
import { trapTab } from './focus-trap'
import { Markup } from './markup'
import { Actions, CloseButton, GpcNotice, PrivacyLink } from './shared'

/**
 * Second layer: a modal dialog with a switch per category and per service.
 * Escape and × close it without deciding (back to the banner while no
 * decision exists); mount() moves focus in and back.
 */
export function Preferences({ ui }: { ui: Ui }) {
  const { api, config, $consent } = ui.host
  const { t } = ui.tr
  // Without a decision the question stays open: back to the banner, never silence.
  const close = () => ($consent.get() ? api.hide() : api.showBanner())
  return (
    <div class="cy-overlay">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="cy-preferences-title"
        tabIndex={-1}
        class="cy-dialog"
        onKeyDown={(event) => {
          if (event.key == 'Tab') return trapTab(event)
          if (event.key != 'Escape') return
          // Handled: the banner this brings back listens for Escape on the window, and must not take it as its own.
          event.stopPropagation()
          close()
        }}
      >
        <div class="cy-head">
          <h2 id="cy-preferences-title" class="cy-title">
            {t('preferencesTitle')}
          </h2>
          <CloseButton ui={ui} run={close} />
        </div>
        <div class="cy-body">
          <p class="cy-text">
            <Markup text={t('preferencesText')} /> <PrivacyLink ui={ui} />
          </p>
          <GpcNotice ui={ui} />
          {config.categories.map((id, index) => (
            <Category ui={ui} id={id} index={index} />
          ))}
        </div>
        <Actions ui={ui} other={{ label: t('save'), run: () => api.save(toConsentChoice(ui.choices)) }} />
      </div>
    </div>
  )
}
