// @vitest-environment node
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_LANGUAGES, builtInLanguage } from '../../../src/core/language'

const i18n = fileURLToPath(new URL('../../../src/ui/i18n/', import.meta.url))

describe('built-in languages', () => {
  it('are exactly those with a dialog table, as the build and the size report read them from the files', () => {
    const tables = readdirSync(i18n).filter((file) => /^[a-z]{2,3}\.ts$/.test(file))
    expect(tables.map((file) => file.slice(0, -3)).sort()).toEqual([...BUILT_IN_LANGUAGES].sort())
  })

  it('name the per-language files by base language, English for any other', () => {
    expect(builtInLanguage('nl-BE')).toBe('nl')
    expect(builtInLanguage('de-AT')).toBe('de')
    expect(builtInLanguage('en')).toBe('en')
    expect(builtInLanguage('fr-BE')).toBe('fr')
    expect(builtInLanguage('it')).toBe('en')
  })
})
