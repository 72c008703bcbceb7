import type { UIHost } from './types'

const reported = new Set<string>()

/**
 * A tag naming a service the config does not list (`data-service="…"`) runs with its whole
 * category, yet the preferences do not show that service and a withdrawal deletes none of its
 * cookies. The site owner is told, once a service, in messages.ts's words, whenever a
 * visitor decides on a page: by then the services named by catalogue id are in.
 */
export function checkTagServices({ config, tell }: Pick<UIHost, 'config' | 'tell'>): void {
  const known = config.services.map((service) => service.id)
  for (const tag of document.querySelectorAll('[data-category][data-service]')) {
    const id = tag.getAttribute('data-service') as string
    if (known.includes(id) || reported.has(id)) continue
    reported.add(id)
    tell([['', 'tag.service', [tag.localName, id, tag.getAttribute('data-category')]]])
  }
}
