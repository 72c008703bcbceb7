import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { rollup } from 'rollup'
import ts from 'typescript'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import terser from '@rollup/plugin-terser'
import { INTERNAL, SHARED } from './scripts/short-names.mjs'

// The builds, one source tree:
// - the classic script (dist/consentry.js; dist/consentry-consent-mode.js with Google
//   Consent Mode built in; dist/consentry-autoblock.js with autoBlock and Consent Mode)
//   for a <script> in <head>, with its UI chunk
//   (dist/consentry-ui.<language>.js: the banner) fetched only when something must be shown,
//   the decision engine (dist/consentry-engine.js) only when the visitor heads
//   for a choice or the page calls for a decision, the floating button (dist/consentry-button.js)
//   once a decision exists, the dialog chunk (dist/consentry-dialog.<language>.js:
//   preferences, cookie declaration, embed placeholders, all Preact) only when one
//   of those is wanted, and the service catalogue (dist/consentry-services.js)
//   only when a config names services by id, the words for config problems
//   (dist/consentry-messages.js) only when a config has some;
// - the ES module (dist/consentry.mjs) for bundlers, whose UI and dialog are dynamic imports,
//   and so are their strings, one chunk per language.
// `target`: the classic scripts already need ES2021 (nanostores brings `||=` into
// consentry.js), so their own `??=` and `||=` stay as written (25 B gzip in consentry.js).
// The ES module keeps tsconfig's ES2020, for the bundlers it goes through.
// Type checking is tsc --noEmit's job (npm test); the build only transpiles, file by file
// (tsconfig has isolatedModules), rather than build a whole program for each of the twenty
// builds: rollup -c 50 -> 23 s on a 2-core machine, the same bytes out.
const compilerOptions = ts.parseJsonConfigFileContent(ts.readConfigFile('tsconfig.json', ts.sys.readFile).config, ts.sys, '.').options
const transpile = (target) => {
  const options = { ...compilerOptions, ...(target && { target: ts.ScriptTarget[target] }), noEmit: false, declaration: false, sourceMap: true }
  return {
    name: 'transpile-ts',
    // `./api` means ./api.ts (or .tsx, or ./api/index.ts), as for tsc with moduleResolution Bundler.
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || /\.[cm]?[jt]sx?$|\?/.test(source)) return null
      const base = resolve(dirname(importer), source)
      return [base + '.ts', base + '.tsx', base + '/index.ts'].find((file) => existsSync(file)) || null
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.endsWith('.d.ts')) return null
      const { outputText, sourceMapText } = ts.transpileModule(code, { fileName: id, compilerOptions: options })
      return { code: outputText.replace(/\/\/# sourceMappingURL=.*\s*$/, ''), map: sourceMapText }
    },
  }
}
const scriptTs = () => transpile('ES2021')

// nanostores checks process.env.NODE_ENV for development warnings; browsers have no `process`.
const production = {
  name: 'production',
  transform: (code) => (code.includes('process.env.NODE_ENV') ? code.replaceAll('process.env.NODE_ENV', '"production"') : null),
}

// `eager`: files whose functions nearly all run as soon as they load (the core, the UI,
// engine and dialog chunks). V8's compile hint has it compile them all while the file
// streams in, off the main thread, instead of one by one on the main thread at first
// call: about a third less main-thread time to run consentry.js (npm run bench).
// `core`: hoisting its function declarations saves the core some 20 B gzip, and costs the
// chunks about as much. `unsafe_arrows` only turns into arrows what uses neither `this`
// nor `arguments`; nothing in the source constructs a function expression with `new`.
// `shallow`: inlining only simple functions, not whole ones called once, saves the UI
// chunks about 10 B gzip, the dialog chunks 6 B and the core 8 B; the engine and button gain nothing.
// `flat`: statements left apart, not joined by commas, give gzip more repeats in consentry.js
// (9 B) and the button (5 B); the variants, UI, engine and dialog chunks gain nothing or lose.
// `INTERNAL` and `SHARED`: short names for properties, see scripts/short-names.mjs.
const classicNames = (core) => ({
  regex: new RegExp(`^(${[...(core ? INTERNAL : []), ...Object.keys(SHARED)].map((name) => name.replace('$', '\\$')).join('|')})$`),
  builtins: true,
  // Terser picks the core's INTERNAL names around these.
  cache: { props: Object.fromEntries(Object.entries(SHARED).map(([name, short]) => ['$' + name, short])) },
})
const minify = ({ eager = false, core = false, shallow = false, flat = false, esModule = false } = {}) =>
  terser({
    ecma: 2020,
    compress: {
      pure_getters: true,
      unsafe_arrows: true,
      ...(core ? { passes: 3, hoist_funs: true } : { passes: 5 }),
      ...(shallow && { inline: 1 }),
      ...(flat && { sequences: false }),
    },
    mangle: { properties: !esModule && classicNames(core) },
    // `ascii_only`: a script sent without a charset is read in the page's encoding, so on an
    // ISO-8859-1 page a UTF-8 "ä" would show as "Ã¤". Escaped, the text reads right anywhere.
    format: { comments: false, ascii_only: !esModule, preamble: eager ? '//# allFunctionsCalledOnLoad' : undefined },
  })

// Comments and layout whitespace only: nothing that could change what a selector means.
const minifyCss = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/;}/g, '}')
    .trim()

// `import css from '…/x.css?raw'`: the stylesheet as a minified string, for a constructed stylesheet.
const cssText = {
  name: 'css-text',
  resolveId: (source, importer) => (source.endsWith('.css?raw') ? resolve(dirname(importer), source) : null),
  load: (id) => (id.endsWith('.css?raw') ? `export default ${JSON.stringify(minifyCss(readFileSync(id.slice(0, -4), 'utf8')))}` : null),
}

// The script build links consentry.css (banner) and, with the dialog chunk,
// consentry-dialog.css; a bundler gets both in one file, styles.css.
const copyStylesheets = {
  name: 'copy-stylesheets',
  writeBundle() {
    mkdirSync('dist', { recursive: true })
    const banner = minifyCss(readFileSync('styles/consentry.css', 'utf8'))
    const dialog = minifyCss(readFileSync('styles/consentry-dialog.css', 'utf8'))
    writeFileSync('dist/consentry.css', banner)
    writeFileSync('dist/consentry-dialog.css', dialog)
    writeFileSync('dist/styles.css', banner + dialog)
  },
}

// The script build's UI and dialog chunks come one per built-in language, with that
// language's strings only (English also stands in for languages a site adds itself).
// A built-in language is one with a dialog table, src/ui/i18n/<language>.ts (test/size.mjs
// reads them the same way).
const LANGUAGES = readdirSync('src/ui/i18n')
  .filter((file) => /^[a-z]{2,3}\.ts$/.test(file))
  .map((file) => file.slice(0, -3))
const stringsIn = (language) => ({
  name: 'strings-in',
  load(id) {
    if (id.endsWith('/src/ui/i18n/dialog-tables.ts'))
      return `import { ${language} } from './${language}'\nexport const dialogTables = { ${language} }`
    if (id.endsWith('/src/ui/i18n/banner-tables.ts'))
      return `import { ${language}Banner } from './${language}-banner'\nexport const bannerTables = { ${language}: ${language}Banner }`
    return null
  },
})

// The script build's catalogue in two parts (src/services/parts.ts): facts for
// consentry-services.js, words per language for consentry-services.<language>.js.
// Split by running the catalogue's own factories once per build, so neither part
// can drift from the entries that ES-module users import.
let catalogueSplit
const splitCatalogue = () =>
  (catalogueSplit ||= (async () => {
    const entry = '\0catalogue-split'
    const source = `export { catalogue } from ${JSON.stringify(resolve('src/services/registry.ts'))}
export { factsOf, wordsOf } from ${JSON.stringify(resolve('src/services/parts.ts'))}`
    const virtualEntry = { name: 'entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? source : null) }
    const bundle = await rollup({ input: entry, plugins: [virtualEntry, transpile()] })
    const { output } = await bundle.generate({ format: 'es' })
    await bundle.close()
    const { catalogue, factsOf, wordsOf } = await import('data:text/javascript;base64,' + Buffer.from(output[0].code).toString('base64'))
    const entries = Object.entries(catalogue).map(([id, factory]) => [id, factory()])
    const part = (split) => Object.fromEntries(entries.map(([id, service]) => [id, split(service)]))
    return { facts: part(factsOf), wordsIn: (language) => part((service) => wordsOf(service, language)) }
  })())
// `language`: that of the words, for a words file; the facts file takes no words at all.
const catalogueParts = (language = 'en') => ({
  name: 'catalogue-parts',
  resolveId: (id) => (id === 'consentry:catalogue-parts' ? '\0catalogue-parts' : null),
  async load(id) {
    if (id !== '\0catalogue-parts') return null
    const { facts, wordsIn } = await splitCatalogue()
    return `export const facts = ${JSON.stringify(facts)}\nexport const words = ${JSON.stringify(wordsIn(language))}`
  },
})

// Old hashed chunks would otherwise pile up in dist/ and be packed.
rmSync('dist', { recursive: true, force: true })

export default [
  {
    input: 'src/script.ts',
    output: { file: 'dist/consentry.js', format: 'iife' },
    plugins: [cssText, nodeResolve(), production, scriptTs(), minify({ eager: true, core: true, shallow: true, flat: true }), copyStylesheets],
  },
  {
    input: 'src/script-consent-mode.ts',
    output: { file: 'dist/consentry-consent-mode.js', format: 'iife' },
    plugins: [cssText, nodeResolve(), production, scriptTs(), minify({ eager: true, core: true, shallow: true })],
  },
  {
    input: 'src/script-autoblock.ts',
    output: { file: 'dist/consentry-autoblock.js', format: 'iife' },
    plugins: [cssText, nodeResolve(), production, scriptTs(), minify({ eager: true, core: true, shallow: true })],
  },
  ...LANGUAGES.map((language) => ({
    input: 'src/ui/script.ts',
    output: { file: `dist/consentry-ui.${language}.js`, format: 'iife' },
    plugins: [stringsIn(language), nodeResolve(), production, scriptTs(), minify({ eager: true, shallow: true })],
  })),
  {
    input: 'src/ui/reopen-button-script.ts',
    output: { file: 'dist/consentry-button.js', format: 'iife' },
    plugins: [cssText, nodeResolve(), production, scriptTs(), minify({ eager: true, flat: true })],
  },
  {
    input: 'src/core/decision-script.ts',
    output: { file: 'dist/consentry-engine.js', format: 'iife' },
    plugins: [nodeResolve(), production, scriptTs(), minify({ eager: true })],
  },
  ...LANGUAGES.map((language) => ({
    input: 'src/ui/dialog/script.ts',
    output: { file: `dist/consentry-dialog.${language}.js`, format: 'iife' },
    plugins: [cssText, stringsIn(language), nodeResolve(), production, scriptTs(), minify({ eager: true, shallow: true })],
  })),
  {
    input: 'src/core/messages-script.ts',
    output: { file: 'dist/consentry-messages.js', format: 'iife' },
    plugins: [scriptTs(), minify()],
  },
  {
    input: 'src/services/script.ts',
    output: { file: 'dist/consentry-services.js', format: 'iife' },
    plugins: [catalogueParts(), scriptTs(), minify()],
  },
  ...LANGUAGES.map((language) => ({
    input: 'src/services/words-script.ts',
    output: { file: `dist/consentry-services.${language}.js`, format: 'iife' },
    plugins: [catalogueParts(language), scriptTs(), minify()],
  })),
  {
    input: { consentry: 'src/index.ts', services: 'src/services/index.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
    external: [/^preact/, 'nanostores', 'js-cookie'],
    plugins: [cssText, transpile(), minify({ esModule: true })],
  },
]
