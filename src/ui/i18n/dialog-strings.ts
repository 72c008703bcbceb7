import { loadTable, type TableLoaders } from './lazy-table'

/** The ES module's dialog strings, by language; the UI chunk fetches them beside the dialog chunk. */
export const dialogLoaders: TableLoaders = {
  de: () => import('./de').then((m) => m.de),
  en: () => import('./en').then((m) => m.en),
  fr: () => import('./fr').then((m) => m.fr),
  nl: () => import('./nl').then((m) => m.nl),
}

export const dialogStrings = (language: string) => loadTable(dialogLoaders, language)
