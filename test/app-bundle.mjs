// What an app bundles up front for `import { init } from 'consentry'`: the package's ES module
// (dist/consentry.mjs) put through Rollup and terser's defaults, as an app's bundler would. The
// chunks it splits off (banner, dialog, strings, floating button, messages) load later, when
// wanted, and are not counted. Another bundler gives another figure (see the README).
import { fileURLToPath } from 'node:url'
import { rollup } from 'rollup'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import terser from '@rollup/plugin-terser'

const APP = '\0app'

/** The minified entry chunk of an app that imports init from `module` (a file URL). */
export async function appEntry(module) {
  const app = `import { init } from ${JSON.stringify(fileURLToPath(module))}\ninit()`
  const bundle = await rollup({
    input: APP,
    // Rollup's notes on the package's own `/*#__PURE__*/` comments and the like: not this report's business.
    onwarn: () => {},
    plugins: [
      { name: 'app', resolveId: (id) => (id == APP ? id : null), load: (id) => (id == APP ? app : null) },
      nodeResolve(),
      // As an app's bundler defines it (see the README's "In an app").
      { name: 'production', transform: (code) => (code.includes('process.env.NODE_ENV') ? code.replaceAll('process.env.NODE_ENV', '"production"') : null) },
      terser(),
    ],
  })
  const { output } = await bundle.generate({ format: 'es' })
  await bundle.close()
  return output.find((chunk) => chunk.type == 'chunk' && chunk.isEntry).code
}
