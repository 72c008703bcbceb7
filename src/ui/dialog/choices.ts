import type { ConsentChoice, ConsentRecord, ResolvedConfig, ServiceConfig } from '../../core/types'

/** The visitor's unsaved choices in the preferences dialog. */
export interface Choices {
  categories: Record<string, boolean>
  services: Record<string, boolean>
}

const isNecessary = (category: string) => category == 'necessary'

/** What the stored decision says; without one everything optional is off (never pre-ticked). */
export function initialChoices(config: ResolvedConfig, consent: ConsentRecord | null): Choices {
  const choices: Choices = { categories: {}, services: {} }
  for (const id of config.categories)
    choices.categories[id] = isNecessary(id) || !!(consent && consent.categories[id])
  for (const { id, category } of config.services)
    choices.services[id] =
      isNecessary(category) ||
      !!(consent && (id in consent.services ? consent.services[id] : consent.categories[category]))
  return choices
}

/** A category switch carries all its services with it. */
export function setCategory(choices: Choices, services: ServiceConfig[], id: string, on: boolean): void {
  choices.categories[id] = on
  for (const service of services) if (service.category == id) choices.services[service.id] = on
}

/**
 * A category is on while any of its services is: a service turned on turns it
 * on, and with its last service off it goes off too (otherwise its tags that
 * name no service would still run).
 */
export function setService(choices: Choices, services: ServiceConfig[], service: ServiceConfig, on: boolean): void {
  const { category } = service
  choices.services[service.id] = on
  choices.categories[category] = services.some((s) => s.category == category && choices.services[s.id])
}

export function toConsentChoice({ categories, services }: Choices): ConsentChoice {
  return { categories: Object.keys(categories).filter((id) => categories[id]), services: { ...services } }
}
