import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { activateAllowed } from '../../../src/core/gating'
import { allows } from '../../../src/core/record'
import type { ConsentRecord } from '../../../src/core/types'

// window.ran: declared in gating.test.ts.
const categories = ['necessary', 'analytics', 'social']
// A tag names a category the config has, or one it lacks; a service or none.
const tag = fc.record({
  category: fc.constantFrom('necessary', 'analytics', 'social', 'marketing', 'Analytics', ''),
  service: fc.constantFrom(undefined, 'hotjar', 'youtube', 'unlisted', ''),
})
const choices = (ids: string[]) => fc.dictionary(fc.constantFrom(...ids), fc.boolean())
const decision = fc.record({ categories: choices(categories), services: choices(['hotjar', 'youtube']) })

const record = ({ categories, services }: { categories: Record<string, boolean>; services: Record<string, boolean> }): ConsentRecord => ({
  schema: 1,
  id: 'property',
  createdAt: '2026-11-30T00:00:00.000Z',
  updatedAt: '2026-11-30T00:00:00.000Z',
  revision: 0,
  categories: { ...categories, necessary: true },
  services,
  method: 'custom',
  language: 'en',
})

function page(tags: { category: string; service?: string }[]): void {
  document.body.innerHTML = tags
    .map(({ category, service }, index) =>
      `<script type="text/plain" data-category="${category}"${service === undefined ? '' : ` data-service="${service}"`}>window.ran.push('${index}')</script>`)
    .join('')
}

beforeEach(() => {
  document.body.innerHTML = ''
  window.ran = []
})

describe('tag gating, for any page and any two decisions in a row', () => {
  it('runs exactly the tags the latest decision allows or an earlier one ran, each once, in document order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tag, { maxLength: 6 }), decision, decision, async (tags, first, second) => {
        page(tags)
        window.ran = []
        const allowedBy = (choice: ConsentRecord) => (index: number) =>
          categories.includes(tags[index].category) && allows(choice, tags[index].category, tags[index].service || undefined)
        const indexes = tags.map((_, index) => index)
        const ran = (which: number[]) => which.map(String)

        await activateAllowed((category, service) => allows(record(first), category, service), categories)
        const afterFirst = indexes.filter(allowedBy(record(first)))
        expect(window.ran).toEqual(ran(afterFirst))

        await activateAllowed((category, service) => allows(record(second), category, service), categories)
        const newly = indexes.filter((index) => !afterFirst.includes(index) && allowedBy(record(second))(index))
        expect(window.ran).toEqual(ran([...afterFirst, ...newly]))
      }),
      { numRuns: 150 },
    )
  }, 30_000)
})
