// How the browser tests (playwright.config.ts) and the bench (bench/run.mjs) start Chromium: no
// network of its own, no background work that competes with the page for the CPU.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium otherwise renders its omnibox UI in the background: about a second of CPU per page
  // load. From Chromium 156 it builds two omnibox popups in WebUI renderers (one for its AI mode)
  // even so: they took half the CPU, and the suite three times as long.
  '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxAimPopup',
]
