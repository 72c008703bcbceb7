// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse, tokTypes, type ecmaVersion, type Token } from 'acorn'
import { describe, expect, it } from 'vitest'

/**
 * The syntax the built files may use (README, "Browsers"): the classic scripts ES2021
 * (`||=` and `??=`: Chrome 85, Firefox 79, Safari 14), the ES module ES2020 (tsconfig's
 * target; bundlers transpile it further). A file that needs more is a SyntaxError in the
 * oldest browsers named there: nothing of it runs, not even the API.
 */
const SCRIPT_LEVEL = 2021
const MODULE_LEVEL = 2020

const root = fileURLToPath(new URL('../../', import.meta.url))

/**
 * What in `source` needs more than `level`, as `line:column: why`. Also regex lookbehind,
 * ES2018 yet a SyntaxError before Safari 16.4. (A RegExp built from a string is not seen.)
 */
function newerSyntax(source: string, level: ecmaVersion, sourceType: 'script' | 'module'): string[] {
  const problems: string[] = []
  // acorn's Token type leaves out `value`: a regex token's is its pattern and flags.
  const regexes: (Token & { value: { pattern: string } })[] = []
  let valid = true
  try {
    parse(source, { ecmaVersion: 'latest', sourceType, locations: true, onToken: (token) => token.type == tokTypes.regexp && regexes.push(token as (typeof regexes)[number]) })
  } catch {
    valid = false
  }
  try {
    parse(source, { ecmaVersion: level, sourceType })
  } catch (error) {
    const { loc, message } = error as SyntaxError & { loc?: { line: number; column: number } }
    const why = valid ? `needs newer syntax than ES${level}` : 'not valid JavaScript at all'
    problems.push(`${loc?.line}:${loc?.column}: ${why} (${message.replace(/ \(\d+:\d+\)$/, '')}): ${excerpt(source, loc)}`)
  }
  for (const token of regexes) {
    const { pattern } = token.value
    if (/\(\?<[=!]/.test(pattern)) problems.push(`${token.loc!.start.line}:${token.loc!.start.column}: regex lookbehind (Safari 16.4): /${pattern}/`)
  }
  return problems
}

/** The text around a position: the built files are one long line. */
function excerpt(source: string, loc?: { line: number; column: number }): string {
  if (!loc) return ''
  const line = source.split('\n')[loc.line - 1]
  return '…' + line.slice(Math.max(0, loc.column - 30), loc.column + 30) + '…'
}

function built(folder: string, ending: string): string[] {
  return readdirSync(root + folder)
    .filter((file) => file.endsWith(ending))
    .map((file) => folder + file)
}

function problemsIn(files: string[], level: ecmaVersion, sourceType: 'script' | 'module'): string[] {
  return files.flatMap((file) => newerSyntax(readFileSync(root + file, 'utf8'), level, sourceType).map((problem) => `${file}:${problem}`))
}

const NO_BUILD = 'dist/ has no build: run `npm run build` first (npm test does)'

describe('the syntax level of the build', () => {
  it(`keeps every classic script in dist/ to ES${SCRIPT_LEVEL}`, () => {
    expect(existsSync(root + 'dist/consentry.js'), NO_BUILD).toBe(true)
    const scripts = built('dist/', '.js')
    expect(scripts).toContain('dist/consentry-ui.en.js')
    expect(problemsIn(scripts, SCRIPT_LEVEL, 'script'), `these need more than the README's browsers have`).toEqual([])
  })

  it(`keeps the ES module in dist/ to ES${MODULE_LEVEL}`, () => {
    expect(existsSync(root + 'dist/consentry.mjs'), NO_BUILD).toBe(true)
    const modules = [...built('dist/', '.mjs'), ...built('dist/chunks/', '.mjs')]
    expect(modules.length).toBeGreaterThan(2)
    expect(problemsIn(modules, MODULE_LEVEL, 'module'), `these need more than the README's browsers have`).toEqual([])
  })
})

describe('newerSyntax', () => {
  it('says where a file needs more than its level', () => {
    expect(newerSyntax('var a = 1\nclass A { static {} }', 2021, 'script')).toEqual([
      expect.stringMatching(/^2:17: needs newer syntax than ES2021 .*static \{\}/),
    ])
    expect(newerSyntax('class A { #c; m(a) { return a?.#c } }', 2021, 'script')).toEqual([
      expect.stringMatching(/^1:10: needs newer syntax than ES2021/),
    ])
    // Top-level await: ES2022, and in modules only.
    expect(newerSyntax('export const x = 1\nawait x', 2020, 'module')).toEqual([expect.stringMatching(/^2:\d+: needs newer syntax than ES2020/)])
  })

  it('holds each file to its own level', () => {
    expect(newerSyntax('a ||= b ?? c?.d', 2021, 'script')).toEqual([])
    expect(newerSyntax('a ||= b', 2020, 'script')).toEqual([expect.stringMatching(/^1:\d+: needs newer syntax than ES2020/)])
  })

  it('tells a file that is not JavaScript at all from one that is too new', () => {
    expect(newerSyntax('a = (', 2021, 'script')).toEqual([expect.stringMatching(/^1:5: not valid JavaScript at all/)])
  })

  it('finds regex lookbehind, which Safari before 16.4 cannot parse', () => {
    expect(newerSyntax('const r = /a/g\nx.replace(/(?<=\\d)x/, "")', 2021, 'script')).toEqual(['2:10: regex lookbehind (Safari 16.4): /(?<=\\d)x/'])
    expect(newerSyntax('x.replace(/(?<name>\\d)/u, "")', 2021, 'script')).toEqual([])
  })
})
