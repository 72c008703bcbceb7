import { isPartly, setCategory } from './choices'
import type { Ui } from './context'
import { Service } from './service'
import { Switch } from './switch'

/** One purpose: its switch, description and (on request) its services. */
export function Category({ ui, id, index }: { ui: Ui; id: string; index: number }) {
  const { choices, host, tr } = ui
  const services = host.config.services.filter((service) => service.category == id)
  const locked = id == 'necessary'
  const open = !!ui.expanded[id]
  const headingId = 'cy-cat-' + index
  // Off, yet some services on (or on, with some off): said beside the switch, and read out with it.
  const partly = isPartly(choices, services, id)
  const noteId = headingId + '-note'
  return (
    <div class="cy-category">
      <div class="cy-row">
        <h3 id={headingId} class="cy-name">
          {tr.sayCategory(id, 'label')}
        </h3>
        {/* The note goes with its switch: when the row wraps (see consentry-dialog.css), they move down together. */}
        <span class="cy-ctl">
          {(locked || partly) && (
            <span id={noteId} class="cy-note">
              {tr.say(locked ? 'alwaysOn' : 'partly')}
            </span>
          )}
          <Switch
            on={choices.categories[id]}
            labelledBy={headingId}
            describedBy={partly ? noteId : undefined}
            disabled={locked}
            onToggle={(on) => {
              setCategory(choices, host.config.services, id, on)
              ui.update()
            }}
          />
        </span>
      </div>
      <p class="cy-desc">
        {tr.sayCategory(id, 'description')}
      </p>
      {services.length > 0 && (
        <button
          type="button"
          class="cy-more"
          aria-expanded={open}
          onClick={() => {
            ui.expanded[id] = !open
            ui.update()
          }}
        >
          {tr.say('services', { n: String(services.length) })}
        </button>
      )}
      {/* Collapsed lists are not rendered at all, so the focus trap never meets hidden controls. */}
      {open && (
        <ul class="cy-services">
          {services.map((service, i) => (
            <Service ui={ui} service={service} headingId={`${headingId}-${i}`} locked={locked} />
          ))}
        </ul>
      )}
    </div>
  )
}
