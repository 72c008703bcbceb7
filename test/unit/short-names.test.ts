// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse, type Node } from 'acorn'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs module of the build, without type declarations
import { INTERNAL, SHARED } from '../../scripts/short-names.mjs'

/**
 * The classic script's files are minified one by one, yet call one another's properties by a
 * short name fixed for all of them (scripts/short-names.mjs). A file that still spells one of
 * those names in full (reached in a way terser did not rename) would ask another file for a
 * property it does not have, and the page would meet it only at run time.
 */
const dist = fileURLToPath(new URL('../../dist/', import.meta.url))
const classicFiles = readdirSync(dist).filter((file) => /^consentry.*\.js$/.test(file))
const coreFiles = ['consentry.js', 'consentry-consent-mode.js', 'consentry-autoblock.js']

/** Every property name a file spells: after a dot, as an object key, or as a string (`host['keep']`). */
function spelledNames(source: string): Set<string> {
  const names = new Set<string>()
  const visit = (node: unknown): void => {
    if (!node || typeof node != 'object') return
    if (Array.isArray(node)) return node.forEach(visit)
    const n = node as Node & Record<string, any>
    if (n.type == 'MemberExpression' && !n.computed) names.add(n.property.name)
    if (n.type == 'Property' && !n.computed && n.key.type == 'Identifier') names.add(n.key.name)
    if (n.type == 'Literal' && typeof n.value == 'string') names.add(n.value)
    for (const key in n) if (key != 'type') visit(n[key])
  }
  visit(parse(source, { ecmaVersion: 'latest', sourceType: 'script' }))
  return names
}

describe('short property names shared by the classic script files', () => {
  it('are one letter each, none given twice', () => {
    const letters = Object.values(SHARED) as string[]
    expect(new Set(letters).size).toBe(letters.length)
    expect(letters.every((letter) => /^[a-zA-Z]$/.test(letter))).toBe(true)
  })

  it('covers the files it should', () => {
    expect(classicFiles).toEqual(expect.arrayContaining([...coreFiles, 'consentry-ui.en.js', 'consentry-engine.js', 'consentry-button.js', 'consentry-dialog.en.js']))
  })

  for (const file of classicFiles) {
    it(`leaves no shared name spelled in full in ${file}`, () => {
      const spelled = spelledNames(readFileSync(dist + file, 'utf8'))
      const internal = coreFiles.includes(file) ? (INTERNAL as string[]) : []
      expect([...Object.keys(SHARED), ...internal].filter((name) => spelled.has(name))).toEqual([])
    })
  }
})
