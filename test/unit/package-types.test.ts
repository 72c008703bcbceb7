// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Runs after `npm run build` (npm test builds first): type-checks an app that installed the
// package, as its own TypeScript would, against dist/types and the exports' `types` conditions.
const root = fileURLToPath(new URL('../../', import.meta.url))

// Each `@ts-expect-error` line must be an error: were the package's types `any` (as they were
// under nodenext while the declarations imported './core/api' without an extension), TypeScript
// would report the directive as unused, so "no diagnostics" proves the types are real.
const app = `
import { init, onChange, isAllowed, getConsent, save, acceptAll, rejectAll, type ConsentChange, type ConsentRecord, type ConsentryConfig } from 'consentry'
import { googleAnalytics, hotjar } from 'consentry/services'
import 'consentry/styles.css'
// @ts-expect-error the engine's own types are not the package's
import type { UIHost } from 'consentry'

const config: ConsentryConfig = { revision: 1, services: [googleAnalytics()] }
init(config)
// @ts-expect-error a catalogue id needs the script build's catalogue: an app imports the entry
init({ services: ['hotjar'] })
// The README's "Services by id": one more cookie beside the entry's own.
init({ services: [hotjar({ category: 'functional' }), hotjar({ cookies: [...(hotjar().cookies ?? []), { name: '_hjMine', duration: '1 year' }] })] })
// @ts-expect-error revision is a number
init({ revision: '1' })
// Translation keys are the UI's: the English table's, the button's name, any category's label and description.
init({ translations: { es: { acceptAll: 'Aceptar todas', reopenButton: 'Cookies', 'chat.label': 'Chat', 'chat.description': 'Charla en vivo' } } })
// @ts-expect-error a key the UI does not have (a typo of acceptAll) would never show
init({ translations: { es: { acceptall: 'Aceptar todas' } } })

const unsubscribe: () => void = onChange((change) => {
  const categories: string[] = change.changedCategories
  // @ts-expect-error changedCategories holds ids, not a count
  const count: number = change.changedCategories
  return [categories, count]
})
unsubscribe()
const allowed: boolean = isAllowed('analytics.google-analytics')
const stored: ConsentRecord | null = getConsent()
// @ts-expect-error getConsent() hands out a frozen copy: writing to it would throw
getConsent()!.categories.analytics = true

window.addEventListener('consentry:change', (event) => {
  const change: ConsentChange = event.detail
  const categories: string[] = event.detail.changedCategories
  // @ts-expect-error the detail is a ConsentChange
  event.detail.notThere
  return [change, categories]
})
window.addEventListener('consentry:ready', (event) => {
  const consent: ConsentRecord | null = event.detail.consent
  // @ts-expect-error consent may be null before a decision
  const id: string = event.detail.consent.id
  return [consent, id]
})
window.addEventListener('consentry:consent', (event) => {
  const categories: Record<string, boolean> = event.detail.categories
  return categories
})
window.addEventListener('consentry:forget', (event) => {
  const forgotten: ConsentRecord | null = event.detail.consent
  // @ts-expect-error there may have been no decision to forget
  const method: string = event.detail.consent.method
  return [forgotten, method]
})
window.Consentry?.showPreferences()
// Constants an app keeps as const: readonly arrays are taken as they are.
const CATEGORIES = ['analytics', 'social'] as const
init({ categories: CATEGORIES, gpc: { categories: CATEGORIES }, services: [googleAnalytics({ hosts: ['example.com'] as const })] } as const)
save({ categories: CATEGORIES }, 'own-banner')
acceptAll('banner')
// @ts-expect-error a decision's source is a name
rejectAll(1)
// Handed an event as a handler, as it could be before it took a source.
document.body.addEventListener('click', acceptAll)
const onClick: (event: MouseEvent) => void = rejectAll
// The README's "Services by id": the script build lays an object with a catalogued id over that entry.
window.consentryConfig = { revision: 1, services: ['google-analytics', 'hotjar', { id: 'youtube', category: 'functional' }] }
// @ts-expect-error every service needs an id
window.consentryConfig = { services: [{ category: 'functional' }] }
// @ts-expect-error init() in an app has no catalogue: a service is spelt out
init({ services: [{ id: 'youtube', category: 'functional' }] })
// @ts-expect-error the script build may not be on the page
window.Consentry.showPreferences()

export { allowed, stored }
`

// What apps set: Node's own ESM resolution (nodenext, node16) and bundlers'.
const settings: Record<string, Record<string, unknown>> = {
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
  node16: { module: 'node16', moduleResolution: 'node16' },
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'consentry-types-'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }))
  writeFileSync(join(dir, 'app.ts'), app)
  mkdirSync(join(dir, 'node_modules'))
  symlinkSync(root, join(dir, 'node_modules/consentry'), 'dir')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// TypeScript's own lib files (lib.dom.d.ts above all) are parsed once for all settings:
// parsing them is most of each program's work.
const libraryDir = dirname(ts.getDefaultLibFilePath({}))
const libraries = new Map<string, ts.SourceFile | undefined>()
function hostFor(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options)
  const getSourceFile = host.getSourceFile
  host.getSourceFile = (fileName, ...rest) => {
    if (!fileName.startsWith(libraryDir)) return getSourceFile(fileName, ...rest)
    if (!libraries.has(fileName)) libraries.set(fileName, getSourceFile(fileName, ...rest))
    return libraries.get(fileName)
  }
  return host
}

function diagnostics(resolution: Record<string, unknown>): string[] {
  const { options, errors } = ts.convertCompilerOptionsFromJson(
    {
      ...resolution,
      target: 'es2022',
      lib: ['es2022', 'dom'],
      types: [],
      strict: true,
      // The package's own declarations are checked too, not just what the app uses of them;
      // TypeScript's lib.dom.d.ts is not (seconds of work that says nothing about Consentry).
      skipLibCheck: false,
      skipDefaultLibCheck: true,
      noUncheckedSideEffectImports: true,
      noEmit: true,
    },
    dir,
  )
  expect(errors).toEqual([])
  const program = ts.createProgram({ rootNames: [join(dir, 'app.ts')], options, host: hostFor(options) })
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file ? `${diagnostic.file.fileName}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}: ` : ''
    return `${where}TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`
  })
}

describe('the npm package’s types', () => {
  for (const [name, resolution] of Object.entries(settings)) {
    it(`type-check an app under moduleResolution ${name}, with nothing left as any`, { timeout: 60_000 }, () => {
      expect(diagnostics(resolution)).toEqual([])
    })
  }
})
