import { rollup } from 'rollup'
import typescript from '@rollup/plugin-typescript'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import terser from '@rollup/plugin-terser'
import replace from 'node:fs'
import { gzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
const minifyCss = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{};,]) ?/g, '$1').replace(/;}/g, '}').trim()
const cssText = { name: 'css-text', resolveId: (s, i) => (s.endsWith('.css?raw') ? resolve(dirname(i), s) : null), load: (id) => (id.endsWith('.css?raw') ? `export default ${JSON.stringify(minifyCss(readFileSync(id.slice(0, -4), 'utf8')))}` : null) }
for (const cm of [false, true]) {
  const production = { name: 'p', transform: (c, id) => id.includes('zproto') ? c.replace('declare const CM: boolean', 'const CM = ' + cm) : c.replaceAll('process.env.NODE_ENV', '"production"').replace('declare const CM: boolean', `const CM = ${cm}`) }
  const b = await rollup({ input: process.argv[2] || 'src/zproto/boot.ts', plugins: [cssText, nodeResolve(), production, typescript({ tsconfig: './tsconfig.json', noEmit: false, noCheck: true, declaration: false, include: ['src/**/*'] }), terser({ ecma: 2020, compress: { passes: 3, pure_getters: true } })] })
  const { output } = await b.generate({ format: 'iife' })
  console.log('CM', cm, 'min', output[0].code.length, 'gzip', gzipSync(output[0].code, { level: 9 }).length)
}
