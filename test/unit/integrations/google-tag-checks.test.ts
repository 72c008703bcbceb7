import { atom } from 'nanostores'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { checkUnmarkedGoogleTags } from '../../../src/core/integrations/google-tag-checks'
import { words } from '../../../src/core/log'
import { explainProblems } from '../../../src/core/messages'
import type { ConsentRecord } from '../../../src/core/types'
import { makeRecord } from './fixtures'

/** The console errors the check gives for a page with these scripts, under this decision. */
async function errorsFor(scripts: string, decision: ConsentRecord | null = null): Promise<string[]> {
  document.head.innerHTML = scripts
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  checkUnmarkedGoogleTags(atom(decision))
  await Promise.resolve()
  const messages = error.mock.calls.map(([message]) => message as string)
  error.mockRestore()
  return messages
}

const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-1'
const UNMARKED = (src: string) => expect.stringMatching(new RegExp(`^\\[consentry\\] <script src="${src.replace(/[?.]/g, '\\$&')}"> loads a Google tag that nothing holds back: in basic Consent Mode it runs before the visitor has chosen`))

beforeEach(() => {
  words.explain = explainProblems
})
afterEach(() => {
  words.explain = undefined
  document.head.innerHTML = ''
})

describe('checkUnmarkedGoogleTags (basic mode)', () => {
  it('names each Google tag script that is not held back, with no decision and after a Reject all', async () => {
    const page = `<script async src="${GTAG}"></script><script src="https://googletagmanager.com/gtm.js?id=GTM-1"></script>`
    const named = [UNMARKED(GTAG), UNMARKED('https://googletagmanager.com/gtm.js?id=GTM-1')]
    expect(await errorsFor(page)).toEqual(named)
    expect(await errorsFor(page, { ...makeRecord([]), method: 'reject-all' })).toEqual(named)
  })

  it('says nothing of held-back Google tags, of other hosts, or once a decision may have let a held-back snippet run', async () => {
    expect(await errorsFor(`<script type="text/plain" data-category="analytics" src="${GTAG}"></script>`)).toEqual([])
    expect(await errorsFor('<script src="https://evilgoogletagmanager.com/gtm.js"></script><script src="https://googletagmanager.com.evil.example/gtm.js"></script>')).toEqual([])
    expect(await errorsFor(`<script async src="${GTAG}"></script>`, makeRecord(['analytics']))).toEqual([])
  })
})
