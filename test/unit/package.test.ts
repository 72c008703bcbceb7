// @vitest-environment node
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_LANGUAGES } from '../../src/core/language'
import { dialogTables } from '../../src/ui/i18n/dialog-tables'

// Runs after `npm run build` (npm test builds first): checks what `npm pack` would publish.
const root = fileURLToPath(new URL('../../', import.meta.url))
const pkg = JSON.parse(readFileSync(root + 'package.json', 'utf8'))

function exportTargets(node: unknown): string[] {
  if (typeof node === 'string') return [node]
  return Object.values(node as Record<string, unknown>).flatMap(exportTargets)
}

/** `text` as the minifier writes it into a script: what is not ASCII, escaped. */
const escaped = (text: string) =>
  text.replace(/[^\x00-\x7f]/g, (char) => {
    const code = char.charCodeAt(0)
    return code < 0x100 ? '\\x' + code.toString(16).padStart(2, '0') : '\\u' + code.toString(16).padStart(4, '0')
  })

describe('the npm package', () => {
  it('packs every file its exports and types point to', { timeout: 60_000 }, () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }))
    const packed = new Set(pack.files.map((file: { path: string }) => './' + file.path))
    for (const target of [...exportTargets(pkg.exports), pkg.types, pkg.main]) {
      expect(packed.has(target), `${target} is packed`).toBe(true)
      expect(existsSync(root + target), `${target} is built`).toBe(true)
    }
    expect([...packed].some((file) => String(file).startsWith('./src/'))).toBe(false)
    // The licence package.json names travels with the code.
    expect(pkg.license).toBe('MIT')
    expect(packed.has('./LICENSE')).toBe(true)
  })

  it('can be imported in Node from the built ES module without touching browser globals', async () => {
    const consentry = await import(root + 'dist/consentry.mjs')
    expect(Object.keys(consentry).sort()).toEqual(
      ['acceptAll', 'getConsent', 'hide', 'init', 'isAllowed', 'onChange', 'rejectAll', 'reset', 'save', 'showBanner', 'showPreferences'],
    )
    expect(consentry.getConsent()).toBeNull()
    expect(() => consentry.init({})).toThrow('[consentry] init() needs a browser')
    const services = await import(root + 'dist/services.mjs')
    expect(services.googleAnalytics().id).toBe('google-analytics')
  })

  it('ships scripts in plain ASCII, so a page in any encoding reads their words right', () => {
    const scripts = readdirSync(root + 'dist').filter((name) => name.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(10)
    for (const name of scripts) expect(readFileSync(root + 'dist/' + name, 'utf8'), name).toMatch(/^[\x00-\x7f]*$/)
  })

  it('keeps Preact and the dialog out of the first-visit UI chunk', () => {
    const ui = readFileSync(root + 'dist/consentry-ui.en.js', 'utf8')
    const dialog = readFileSync(root + 'dist/consentry-dialog.en.js', 'utf8')
    for (const sign of ['__k', 'Privacy preferences', 'cy-switch']) {
      expect(ui, sign).not.toContain(sign)
      expect(dialog, sign).toContain(sign)
    }
    // One language a UI or dialog chunk: a visitor never downloads another's words.
    for (const language of BUILT_IN_LANGUAGES) {
      const banner = readFileSync(root + `dist/consentry-ui.${language}.js`, 'utf8')
      const dialog = readFileSync(root + `dist/consentry-dialog.${language}.js`, 'utf8')
      for (const other of BUILT_IN_LANGUAGES) {
        const { acceptAll, preferencesTitle } = dialogTables[other]
        expect(banner.includes(escaped(acceptAll)), `"${acceptAll}" in consentry-ui.${language}.js`).toBe(other == language)
        expect(dialog.includes(escaped(preferencesTitle)), `"${preferencesTitle}" in consentry-dialog.${language}.js`).toBe(other == language)
      }
    }
    const css = readFileSync(root + 'dist/consentry.css', 'utf8')
    expect(css).not.toContain('.cy-dialog')
    expect(readFileSync(root + 'dist/consentry-dialog.css', 'utf8')).toContain('.cy-dialog')
    expect(readFileSync(root + 'dist/styles.css', 'utf8')).toContain('.cy-dialog')
  })
})
