import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { explainProblems } from '../../../src/core/messages'

/** Every `tellError('kind', …)`, `tellWarning('kind', …)` and `warnUnlessFirst('kind')` in the source, with the file it is in. */
function kindsTold(dir = 'src'): [kind: string, file: string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return kindsTold(path)
    const source = readFileSync(path, 'utf8')
    return [...source.matchAll(/(?:tellError|tellWarning|warnUnlessFirst)\('([\w.]+)'/g)].map(([, kind]): [string, string] => [kind, path])
  })
}

describe('what the core tells a site owner', () => {
  const told = kindsTold()

  it('is found in the source (this test reads it)', () => {
    expect(told.map(([kind]) => kind)).toEqual(expect.arrayContaining(['init.twice', 'tag.category', 'script.late.autoBlock']))
  })

  it.each(told)('has words for %s (%s)', (kind) => {
    const [message] = explainProblems([['', kind, ['script', 'x', 'y', ['necessary']]]], [])
    expect(message).not.toMatch(/^config: expected/)
    expect(message).not.toMatch(/undefined/)
  })
})
