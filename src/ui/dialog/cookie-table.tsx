import type { ServiceConfig } from '../../core/types'
import type { Ui } from './context'
import { SiteText } from './site-text'

const COLUMNS = ['cookie', 'provider', 'purpose', 'duration']

/** The cookies a service sets, as a privacy statement lists them. */
export function CookieTable({ ui, service, labelledBy }: { ui: Ui; service: ServiceConfig; labelledBy: string }) {
  const { t, say } = ui.tr
  return (
    <table class="cy-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          {COLUMNS.map((key) => (
            <th scope="col">{say(key)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {service.cookies!.map((cookie) => (
          <tr>
            {/* Isolated: `_ga` has no letters of a direction of its own, and a right-to-left page would show it as `ga_`. */}
            <th scope="row">
              <bdi>{String(cookie.name)}</bdi>
            </th>
            {/* Names are isolated too: "Google Ireland Ltd." would read ".Google Ireland Ltd" right to left. */}
            <td data-label={t('provider')}>
              <bdi>{service.provider}</bdi>
            </td>
            <td data-label={t('purpose')}>
              <SiteText tr={ui.tr} value={cookie.purpose || service.purpose} />
            </td>
            <td data-label={t('duration')}>
              <SiteText tr={ui.tr} value={cookie.duration} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
