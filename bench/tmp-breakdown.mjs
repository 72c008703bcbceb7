import { rollup } from 'rollup'
import typescript from '@rollup/plugin-typescript'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import { minify } from 'terser'
import { gzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
const input = process.argv[2] || 'src/script.ts'
const cssText = { name: 'css-text', resolveId: (s, i) => (s.endsWith('.css?raw') ? resolve(dirname(i), s) : null), load: (id) => (id.endsWith('.css?raw') ? `export default ${JSON.stringify(readFileSync(id.slice(0, -4), 'utf8').replace(/\s+/g,' '))}` : null) }
const production = { name: 'p', transform: (c) => (c.includes('process.env.NODE_ENV') ? c.replaceAll('process.env.NODE_ENV', '"production"') : null) }
const b = await rollup({ input, plugins: [cssText, nodeResolve(), production, typescript({ tsconfig: './tsconfig.json', noEmit: false, noCheck: true, declaration: false, include: ['src/**/*'] })] })
const { output } = await b.generate({ format: 'iife' })
const rows = []
for (const [id, m] of Object.entries(output[0].modules)) {
  if (!m.code) continue
  const min = (await minify(m.code, { compress: { passes: 2 }, mangle: false, module: false, toplevel: false })).code || ''
  rows.push([id.replace(process.cwd() + '/', ''), min.length, gzipSync(min).length])
}
rows.sort((a, b) => b[1] - a[1])
for (const r of rows) console.log(String(r[1]).padStart(6), String(r[2]).padStart(6), r[0])
const all = (await minify(output[0].code, { compress: { passes: 3 }, mangle: true })).code
console.log('total min', all.length, 'gzip', gzipSync(all, { level: 9 }).length)
