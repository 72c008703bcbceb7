import type { Ui } from './context'
import { Markup } from './markup'
import { Actions, CloseButton, GpcNotice, PrivacyLink } from './shared'

/** "Social media" reads as "social media" mid-sentence; acronyms ("CDN") stay as they are. */
const inSentence = (label: string) => (/^\p{Lu}\p{Ll}/u.test(label) ? label[0].toLowerCase() + label.slice(1) : label)

/**
 * First layer: who and why, and three equal ways out. A labelled region, not
 * a modal: the page stays usable (no cookie wall) and `position: fixed` keeps
 * its layout still.
 */
export function Banner({ ui }: { ui: Ui }) {
  const { api, config } = ui.host
  const { t, category, list } = ui.tr
  const layout = config.ui.layout || 'box'
  const position = config.ui.position || (layout == 'bar' ? 'bottom' : 'bottom-right')
  const purposes = list(config.categories.filter((id) => id != 'necessary').map((id) => inSentence(category(id, 'label'))))
  return (
    <div
      role="region"
      aria-labelledby="cy-banner-title"
      class={`cy-banner cy-${layout} cy-${position}`}
      onKeyDown={(event) => event.key == 'Escape' && api.hide()}
    >
      <h2 id="cy-banner-title" class="cy-title">
        {t('bannerTitle')}
      </h2>
      <CloseButton ui={ui} />
      <p class="cy-text">
        <Markup text={t('bannerText', { purposes })} /> <PrivacyLink ui={ui} />
      </p>
      <GpcNotice ui={ui} />
      <Actions ui={ui} other={{ label: t('preferences'), run: () => api.showPreferences() }} />
    </div>
  )
}
