import type { ServiceConfig } from '../../core/types'
import { setService } from './choices'
import type { Ui } from './context'
import { CookieTable } from './cookie-table'
import { isolate } from './isolate'
import { safeHref } from '../markup'
import { SiteText } from './site-text'
import { Switch } from './switch'

interface ServiceProps {
  ui: Ui
  service: ServiceConfig
  /** Unique per dialog: service ids are config data, not safe to build ids from. */
  headingId: string
  locked: boolean
}

export function Service({ ui, service, headingId, locked }: ServiceProps) {
  const { choices, tr } = ui
  const policy = safeHref(service.privacyPolicyUrl)
  return (
    <li class="cy-service">
      <div class="cy-row">
        {/* Isolated: a name in another direction than the UI's keeps its own order (see isolate.tsx). */}
        <h4 id={headingId} class="cy-name">
          <bdi>{service.name}</bdi>
        </h4>
        <Switch
          on={choices.services[service.id]}
          labelledBy={headingId}
          disabled={locked}
          onToggle={(on) => {
            setService(choices, service, on)
            ui.update()
          }}
        />
      </div>
      <p class="cy-desc">
        {service.provider && <bdi>{service.provider}</bdi>}
        {service.provider && tr.text(service.purpose) && ' · '}
        <SiteText tr={tr} value={service.purpose} />{' '}
        {policy && (
          <a href={policy}>
            {tr.say('embedPolicy', { service: isolate(service.name) })}
          </a>
        )}
      </p>
      {service.cookies && service.cookies.length > 0 && (
        <CookieTable ui={ui} service={service} labelledBy={headingId} />
      )}
    </li>
  )
}
