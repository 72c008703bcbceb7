// @vitest-environment node
import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { rollup, type Plugin } from 'rollup'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const ENTRY = '\0entry'

/** Bundles `code` the way a site's bundler would, stripping types, and returns the output. */
async function bundle(code: string): Promise<string> {
  const plugin: Plugin = {
    name: 'entry-and-typescript',
    resolveId(source, importer) {
      if (source === ENTRY) return ENTRY
      const base = resolve(importer === ENTRY || !importer ? root : dirname(importer), source)
      for (const file of [`${base}.ts`, `${base}/index.ts`]) if (existsSync(file)) return file
      return null
    },
    load: (id) => (id === ENTRY ? code : null),
    transform: (source, id) =>
      id.endsWith('.ts')
        ? ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2019, module: ts.ModuleKind.ESNext, removeComments: true } }).outputText
        : null,
  }
  const build = await rollup({ input: ENTRY, plugins: [plugin] })
  const { output } = await build.generate({ format: 'es' })
  return output[0].code
}

describe('tree-shaking', () => {
  it('bundles only the services a site imports from the index', async () => {
    const code = await bundle(`import { hotjar } from './src/services'; window.services = [hotjar()]`)
    expect(code).toContain("'hotjar'")
    for (const other of ['google-analytics', 'facebook-pixel', 'facebook-social', 'youtube', 'platform.twitter.com', 'instagram.com', 'pinterest.com', 'fontawesome.com']) expect(code).not.toContain(other)
  }, 20_000)

  it('keeps the catalogue out of a bundle that only resolves services', async () => {
    const code = await bundle(`import { resolveService } from './src/services'; window.r = resolveService`)
    for (const id of ['hotjar', 'google-analytics', 'cloudflare']) expect(code).not.toContain(id)
  }, 20_000)
})
