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
  // The spare renderer Chromium keeps started belongs to one profile, and every test and bench run
  // opens a new context: each new page started a renderer it could not use (0.67 -> 0.51 s of CPU
  // per new context and page, the browser suite about 9% faster).
  // Chromium takes the last --disable-features it is given, so this list replaces Playwright's own
  // (PaintHolding, ThirdPartyStoragePartitioning, ...): those stay on, as in a visitor's Chrome.
  '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxAimPopup,SpareRendererForSitePerProcess',
]
