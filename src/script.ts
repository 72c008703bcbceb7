/**
 * The classic script for `<script src=".../consentry.js">` in `<head>`.
 * Reads `window.consentryConfig` (or the JSON named by `data-config`), starts
 * at once so it runs before the tags it guards, and exposes `window.Consentry`.
 * The UI comes from `consentry-ui.js` next to this file, fetched only when
 * something must be shown.
 */
import { api, configure, init } from './core/api'
import { logError, logWarning } from './core/log'
import type { ConsentryApi, ConsentryConfig, MountUI } from './core/types'
import { startReopenButton } from './ui/reopen-button'
import { lookupService } from './services/registry'

declare global {
  interface Window {
    Consentry?: ConsentryApi
    consentryConfig?: ConsentryConfig
    ConsentryUI?: { mount: MountUI }
  }
}

const self = document.currentScript as HTMLScriptElement | null
const baseUrl = self?.src ? self.src.replace(/[^/?#]*([?#].*)?$/, '') : ''

function loadUI(): Promise<MountUI> {
  return new Promise((resolve, reject) => {
    if (window.ConsentryUI) return resolve(window.ConsentryUI.mount)
    const script = document.createElement('script')
    script.src = baseUrl + 'consentry-ui.js'
    // Under a strict CSP the UI chunk needs the same nonce as this script.
    if (self?.nonce) script.nonce = self.nonce
    script.onload = () => (window.ConsentryUI ? resolve(window.ConsentryUI.mount) : reject(new Error('consentry-ui.js did not register')))
    script.onerror = () => reject(new Error(`could not load ${script.src}`))
    document.head.appendChild(script)
  })
}

async function start(): Promise<void> {
  const configUrl = self?.getAttribute('data-config')
  let config = window.consentryConfig
  if (configUrl) {
    try {
      const response = await fetch(configUrl, { credentials: 'same-origin' })
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      config = await response.json()
    } catch (error) {
      logError(`could not read the config at data-config="${configUrl}" (${(error as Error).message}); starting with the defaults, nothing non-essential runs until the visitor decides.`)
    }
  }
  init(withStylesheet(config))
}

/** The stylesheet sits next to this file; a config that names its own wins. */
function withStylesheet(config: unknown): ConsentryConfig {
  const stylesheet = baseUrl + 'consentry.css'
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
  if (config === undefined) return { ui: { stylesheet } }
  // Anything malformed goes to init unchanged, which names what is wrong.
  if (!isObject(config) || (config.ui !== undefined && !isObject(config.ui))) return config as ConsentryConfig
  return { ...config, ui: { stylesheet, ...config.ui } }
}

if (window.Consentry) {
  logWarning('consentry.js is included more than once on this page; only the first copy runs.')
} else {
  window.Consentry = api
  configure({ loadUI, lookupService, onStart: startReopenButton })
  void start()
}
