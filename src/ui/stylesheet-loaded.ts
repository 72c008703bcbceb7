import { ensureStylesheet } from './page'

/**
 * Links the stylesheet (see ensureStylesheet) and resolves once it has loaded.
 * What it styles stays hidden until then, and focus can only move into what
 * it has made visible; so a stylesheet that fails fails the loading.
 */
export function stylesheetLoaded(href: string | false | undefined): Promise<void> {
  const link = ensureStylesheet(href)
  return new Promise((resolve, reject) => {
    if (!link || link.sheet) return resolve()
    link.addEventListener('load', () => resolve())
    link.addEventListener('error', () => reject(new Error(`could not load ${link.href}`)))
  })
}
