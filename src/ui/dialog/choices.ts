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
  for (const { id, category } of config.services)
    choices.services[id] =
      isNecessary(category) ||
      !!(consent && (id in consent.services ? consent.services[id] : consent.categories[category]))
  // A category without services keeps the record's answer; one with services follows them.
  for (const id of config.categories) choices.categories[id] = isNecessary(id) || !!(consent && consent.categories[id])
  for (const { category } of config.services) followServices(choices, config.services, category)
  return choices
}

/** A category switch carries all its services with it. */
export function setCategory(choices: Choices, services: ServiceConfig[], id: string, on: boolean): void {
  choices.categories[id] = on
  for (const service of services) if (service.category == id) choices.services[service.id] = on
}

export function setService(choices: Choices, services: ServiceConfig[], service: ServiceConfig, on: boolean): void {
  choices.services[service.id] = on
  followServices(choices, services, service.category)
}

/**
 * A category with services is on when all of them are. Being on allows the whole
 * category: its tags that name no service, and services the config does not list.
 * One service turned on allows that service only, so the category stays off.
 */
function followServices(choices: Choices, services: ServiceConfig[], category: string): void {
  if (!isNecessary(category)) choices.categories[category] = services.every((s) => s.category != category || choices.services[s.id])
}

export function toConsentChoice({ categories, services }: Choices): ConsentChoice {
  return { categories: Object.keys(categories).filter((id) => categories[id]), services: { ...services } }
}
