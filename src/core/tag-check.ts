import { canRun } from './selectors'
import type { UIHost } from './types'

const reported = new Set<string>()

/**
 * Tags whose `data-service` does not say what the site owner likely meant, told once each, in
 * messages.ts's words, whenever a visitor decides on a page (by then the services named by
 * catalogue id are in):
 * - a service the config does not list runs with its whole category, yet the preferences do
 *   not show it and a withdrawal deletes none of its cookies; where it is a listed service's
 *   name or id in other case (vanilla-cookieconsent's `data-service="Google Analytics"`), that one is named;
 * - a listed service in another category than the tag's runs by that service's answer, as
 *   every tag naming it does: a tag marked advertising can then run on an analytics consent.
 * Tags that never run (a `!`, or a category the config lacks) are gating's to tell of.
 */
export function checkTagServices({ config, tell }: Pick<UIHost, 'config' | 'tell'>): void {
  for (const tag of document.querySelectorAll('[data-category][data-service]')) {
    const id = tag.getAttribute('data-service') as string
    const category = tag.getAttribute('data-category') as string
    const listed = config.services.find((service) => service.id == id)
    const kind = !listed ? 'tag.service' : listed.category != category && 'tag.serviceCategory'
    // An unlisted service once, a listed one once per category it is wrongly given.
    const key = listed ? id + ' ' + category : id
    // A service whose entry has a mistake was told of with it, and its tags stay blocked.
    if (!kind || !canRun(category, id, config.categories) || config.droppedServices.includes(id) || reported.has(key)) continue
    reported.add(key)
    // Unlisted: the listed service it may mean, by name or by id in other case.
    const like = (name: string) => name.toLowerCase() == id.toLowerCase()
    const other = listed ? listed.category : config.services.find((service) => like(service.id) || like(service.name))?.id
    tell([['', kind, [tag.localName, id, category, other]]])
  }
}
