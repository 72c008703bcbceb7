// Runs after `tsc -p tsconfig.build.json` (npm run build): makes dist/types usable under
// every moduleResolution a consumer may pick.
//
// The sources import `./core/api` without an extension (moduleResolution bundler), and tsc
// copies such specifiers into the .d.ts files as written. In a "type": "module" package,
// TypeScript's node16/nodenext resolution follows Node's ESM rules, which never guess an
// extension: `./core/api` resolves to nothing, and the API quietly becomes `any`. So each
// relative specifier gets spelled out as Node would need it (`./core/api.js`,
// `./dialog/index.js`); bundler and node10 resolution read those as well.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'

const TYPES = 'dist/types'

// `from '…'`, `import '…'`, `import('…')`: every way a declaration file names another module.
const RELATIVE_SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.\.?\/[^'"]*)\2/g

/** `./x` as Node resolves it from `file`: `./x.js` or `./x/index.js`, whichever was emitted. */
function explicit(specifier, file) {
  if (specifier.endsWith('.js')) return specifier
  const target = join(dirname(file), specifier)
  if (existsSync(target + '.d.ts')) return specifier + '.js'
  if (existsSync(join(target, 'index.d.ts'))) return specifier + '/index.js'
  // Fail the build rather than publish a declaration that points nowhere.
  throw new Error(`${relative('.', file)}: no declaration for '${specifier}'`)
}

const declarations = readdirSync(TYPES, { recursive: true })
  .filter((name) => name.endsWith('.d.ts'))
  .map((name) => join(TYPES, name))
for (const file of declarations) {
  const text = readFileSync(file, 'utf8')
  const rewritten = text.replace(RELATIVE_SPECIFIER, (_, keyword, quote, specifier) => keyword + quote + explicit(specifier, file) + quote)
  if (rewritten !== text) writeFileSync(file, rewritten)
}

// `import 'consentry/styles.css'` is type-checked too (TypeScript 6 reports a side-effect
// import it cannot resolve): the export's `types` condition points here.
writeFileSync(join(TYPES, 'styles.css.d.ts'), '// consentry/styles.css: a stylesheet, imported for its side effect; it exports nothing.\nexport {}\n')
