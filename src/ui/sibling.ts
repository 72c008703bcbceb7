/**
 * Files that sit next to this chunk (consentry-ui.js) in the script build.
 * Read at load time: `document.currentScript` is only set while a script runs.
 */
const self = document.currentScript as HTMLScriptElement | null
const baseUrl = self?.src ? self.src.replace(/[^/?#]*([?#].*)?$/, '') : ''

export const siblingUrl = (file: string) => baseUrl + file

/**
 * Loads a sibling script (with this script's nonce, which the core copied from
 * its own, for a strict CSP) and reads what it registered. The core may have
 * registered or requested it already: then no second copy is fetched.
 */
export function loadSibling<T>(file: string, registered: () => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    if (registered()) return resolve(registered()!)
    const src = siblingUrl(file)
    let script = [...document.scripts].find((s) => s.src == src)
    if (!script) {
      script = document.createElement('script')
      script.src = src
      if (self?.nonce) script.nonce = self.nonce
      document.head.append(script)
    }
    script.addEventListener('load', () => {
      const loaded = registered()
      loaded ? resolve(loaded) : reject(new Error(`${file} did not register`))
    })
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)))
  })
}
