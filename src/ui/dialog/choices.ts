import { allows } from '../../core/record'
import type { ConsentChoice, ConsentRecord, ResolvedConfig, ServiceConfig } from '../../core/types'

/**
 * The visitor's unsaved choices in the preferences dialog, in the record's own terms: each
 * switch shows one answer the record holds, nothing worked out from other switches. So
 * opening the dialog and saving it unchanged stores the same consent.
 */
export interface Choices {
  /** Each category as a whole: also its tags that name no service, and services the config does not list. */
  categories: Record<string, boolean>
  /** Each listed service's answer, as `isAllowed('category.service')` gives it. */
  services: Record<string, boolean>
}

const isNecessary = (category: string) => category == 'necessary'

/** What the stored decision says; without one everything optional is off (never pre-ticked). */
export function initialChoices(config: ResolvedConfig, consent: ConsentRecord | null): Choices {
  const choices: Choices = { categories: {}, services: {} }
  for (const id of config.categories) choices.categories[id] = isNecessary(id) || (!!consent && allows(consent, id))
  for (const { id, category } of config.services)
    choices.services[id] = isNecessary(category) || (!!consent && allows(consent, category, id))
  return choices
}

/** A category switch carries all its services with it. */
export function setCategory(choices: Choices, services: ServiceConfig[], id: string, on: boolean): void {
  choices.categories[id] = on
  for (const service of services) if (service.category == id) choices.services[service.id] = on
}

/**
 * A service answers for itself: turned on, it allows that service only, and its category
 * stays as it was. Turned off while its category is on, it takes the category off too: an
 * allowed category allows all of it, also the tags that name no service and services no
 * switch shows, and a visitor who has just refused part of it has not agreed to all the
 * rest, unseen. The other services keep their answers, now as their own (they are in
 * `services` already), so what stays on is exactly what the visitor sees on. Of the two
 * ways to be wrong this one asks again rather than assumes consent.
 */
export function setService(choices: Choices, service: ServiceConfig, on: boolean): void {
  choices.services[service.id] = on
  if (!on) choices.categories[service.category] = false
}

/**
 * Whether some of a category's services answer otherwise than the category as a whole:
 * "Partly allowed", in the preferences (from the draft) and in the cookie declaration
 * (from the stored decision's answers, see declaration.tsx).
 */
export const isPartly = (choices: Choices, services: ServiceConfig[], category: string): boolean =>
  services.some((service) => service.category == category && choices.services[service.id] != choices.categories[category])

export function toConsentChoice({ categories, services }: Choices): ConsentChoice {
  return { categories: Object.keys(categories).filter((id) => categories[id]), services: { ...services } }
}
