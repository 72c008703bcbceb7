import { loadTable, type TableLoaders } from './lazy-table'

/** The ES module's banner strings, by language; the core fetches them beside the UI chunk. */
export const bannerLoaders: TableLoaders = {
  de: () => import('./de-banner').then((m) => m.deBanner),
  en: () => import('./en-banner').then((m) => m.enBanner),
  fr: () => import('./fr-banner').then((m) => m.frBanner),
  nl: () => import('./nl-banner').then((m) => m.nlBanner),
}

export const bannerStrings = (language: string) => loadTable(bannerLoaders, language)
