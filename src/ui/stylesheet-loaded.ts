/**
 * Resolves once a stylesheet linked by ensureStylesheet (./page) has loaded, at once
 * when there is none. What it styles stays hidden until then, and focus can only
 * move into what it has made visible; so a stylesheet that fails fails the loading.
 */
export function stylesheetLoaded(link: HTMLLinkElement | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!link || link.sheet) return resolve()
    link.addEventListener('load', () => resolve())
    link.addEventListener('error', () => reject(new Error(`could not load ${link.href}`)))
  })
}
