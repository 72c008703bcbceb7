import type { LocalizedText } from '../core/types'

// Retention periods in the words a privacy statement uses, in English and Dutch.
// Functions rather than a table so a bundle carries only the units its services use.

const span = (n: number, en: string, nl: string, nlPlural = nl): LocalizedText => ({
  en: `${n} ${en}${n === 1 ? '' : 's'}`,
  nl: `${n} ${n === 1 ? nl : nlPlural}`,
})

export const session: LocalizedText = { en: 'session', nl: 'sessie' }
export const minutes = (n: number) => span(n, 'minute', 'minuut', 'minuten')
export const hours = (n: number) => span(n, 'hour', 'uur')
export const days = (n: number) => span(n, 'day', 'dag', 'dagen')
export const months = (n: number) => span(n, 'month', 'maand', 'maanden')
export const years = (n: number) => span(n, 'year', 'jaar')
