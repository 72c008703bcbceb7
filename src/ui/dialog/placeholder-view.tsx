import { render } from 'preact'
import css from '../../../styles/embed-placeholder.css?raw'
import type { ResolvedConfig } from '../../core/types'
import type { Translator } from '../i18n/translate'
import { Said, type DialogTranslator } from './translator'
import { createRoot } from '../root'
import { Isolated } from './isolate'

/** What one placeholder says and does. */
export interface PlaceholderView {
  tr: DialogTranslator
  /** `{service}` and `{category}` for the texts. */
  vars: Record<string, string>
  /** The service's privacy policy, if it has a safe one. */
  policy: string | null
  /** "Load this once" (`load()`) and "Always allow" (`load(true)`). */
  load: (always?: boolean) => void
  /** "Details": the preferences, which say what the service does, its cookies and how to withdraw. */
  details: () => void
}

/** The page's colours and font for the UI (consentry.css, restyled by the site): `[custom property, value]`. */
export type Palette = [string, string][]

/** The custom properties styles/embed-placeholder.css uses. */
const PROPERTIES = ['--cy-bg', '--cy-fg', '--cy-line', '--cy-accent', '--cy-on-accent', '--cy-font']

/**
 * The frame's document sees none of the page's rules, so the values the page gives the
 * UI's custom properties (for this theme, and for the visitor's light or dark setting
 * under `auto`) are read off a UI root in the page and carried in.
 */
export function paletteOf(config: ResolvedConfig, tr: Translator): Palette {
  const probe = createRoot(config, tr)
  document.body.append(probe)
  const style = getComputedStyle(probe)
  const palette = PROPERTIES.map((name): [string, string] => [name, style.getPropertyValue(name).trim()]).filter(([, value]) => value)
  probe.remove()
  return palette
}

/**
 * Draws the placeholder into `page`, the held-back iframe's own document. Its rules
 * come as a constructed stylesheet and its colours through the style object, both of
 * which a strict `style-src` CSP allows (the frame shares the page's policy).
 */
export function drawPlaceholder(page: Document, { tr, vars, policy, load, details }: PlaceholderView, palette: Palette): void {
  const { t, standIn } = tr
  const root = page.documentElement
  // The frame's own language is its title's: English where the site's translation leaves the
  // placeholder's words out (then right to left would put English in the wrong order). Any other
  // string in another language is marked as such (see Said).
  const english = standIn('embedTitle')
  root.lang = english || tr.lang
  root.dir = tr.rtl && !english ? 'rtl' : 'ltr'
  const said = (key: string, vars?: Record<string, string>, lang = standIn(key) || tr.lang) => (
    <Said lang={lang == root.lang ? undefined : lang}>
      <Isolated text={t(key, vars)} />
    </Said>
  )
  for (const [name, value] of palette) root.style.setProperty(name, value)
  const view = page.defaultView as Window & typeof globalThis
  if ('adoptedStyleSheets' in page && 'replaceSync' in view.CSSStyleSheet.prototype) {
    const sheet = new view.CSSStyleSheet()
    sheet.replaceSync(css)
    page.adoptedStyleSheets = [sheet]
  } else if (!page.querySelector('style')) {
    // Before Safari 16.4: a <style> element, which a strict `style-src` refuses (the placeholder then shows unstyled).
    page.head.append(Object.assign(page.createElement('style'), { textContent: css }))
  }
  page.title = t('embedTitle', vars)
  render(
    <div class="cy-ph" role="group" aria-labelledby="cy-title">
      <p class="cy-title" id="cy-title">
        {said('embedTitle', vars)}
      </p>
      <p class="cy-why">
        {said('embedText', vars)}{' '}
        {policy && (
          // Out of the frame: the policy is read in the page's place, as any link on it would be.
          <a href={policy} target="_top">
            {said('embedPolicy', vars)}
          </a>
        )}
        {/* Two links side by side would read as one. */}
        {policy && ' · '}
        {/* Before an "Always allow": what the service does, its cookies and durations, and how to take it back. */}
        <a
          href="#"
          onClick={(event) => {
            event.preventDefault()
            details()
          }}
        >
          {said('embedDetails')}
        </a>
      </p>
      <div class="cy-actions">
        <button type="button" onClick={() => load()}>
          {said('embedOnce')}
        </button>
        <button type="button" onClick={() => load(true)}>
          {said('embedAlways', vars)}
        </button>
      </div>
    </div>,
    page.body,
  )
}
