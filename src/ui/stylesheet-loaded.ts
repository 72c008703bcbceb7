import { ensureStylesheet } from './page'

/**
 * Links the stylesheet (see ensureStylesheet) and resolves once it has loaded,
 * or failed: focus can only move into what the stylesheet has made visible.
 */
export function stylesheetLoaded(href: string | false | undefined): Promise<void> {
  const link = ensureStylesheet(href)
  return new Promise((resolve) => {
    if (!link || link.sheet) return resolve()
    link.addEventListener('load', () => resolve())
    link.addEventListener('error', () => resolve())
  })
}
