import type { LocalizedText } from '../core/types'

// Retention periods in the words a privacy statement uses, in each built-in language.
// Functions rather than a table so a bundle carries only the units its services use.

/** A unit's singular and plural, per language. */
type Unit = Record<string, [one: string, many: string]>

const span = (n: number, unit: Unit): LocalizedText =>
  Object.fromEntries(Object.entries(unit).map(([language, [one, many]]) => [language, `${n} ${n === 1 ? one : many}`]))

export const session: LocalizedText = { en: 'session', nl: 'sessie', de: 'Sitzung', fr: 'session' }
export const minutes = (n: number) => span(n, { en: ['minute', 'minutes'], nl: ['minuut', 'minuten'], de: ['Minute', 'Minuten'], fr: ['minute', 'minutes'] })
export const hours = (n: number) => span(n, { en: ['hour', 'hours'], nl: ['uur', 'uur'], de: ['Stunde', 'Stunden'], fr: ['heure', 'heures'] })
export const days = (n: number) => span(n, { en: ['day', 'days'], nl: ['dag', 'dagen'], de: ['Tag', 'Tage'], fr: ['jour', 'jours'] })
export const months = (n: number) => span(n, { en: ['month', 'months'], nl: ['maand', 'maanden'], de: ['Monat', 'Monate'], fr: ['mois', 'mois'] })
export const years = (n: number) => span(n, { en: ['year', 'years'], nl: ['jaar', 'jaar'], de: ['Jahr', 'Jahre'], fr: ['an', 'ans'] })
