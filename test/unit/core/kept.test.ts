import { beforeEach, describe, expect, it, vi } from 'vitest'

// How sites move to their next page without a page load, as Turbo Drive, Livewire and Astro
// (a new body) and htmx's hx-boost (new content in the same body) do it.
const newBody = (html: string) => {
  const body = document.createElement('body')
  body.innerHTML = html
  document.body.replaceWith(body)
}
const newContent = (html: string) => (document.body.innerHTML = html)
/** MutationObserver callbacks run before the next task. */
const settled = () => new Promise((done) => setTimeout(done))
const bodyChildren = () => [...document.body.children].map((child) => child.id)

let keep: typeof import('../../../src/core/kept').keep
let banner: HTMLElement
let button: HTMLElement

beforeEach(async () => {
  // The kept elements are the module's: a fresh one per test.
  vi.resetModules()
  ;({ keep } = await import('../../../src/core/kept'))
  document.body.innerHTML = '<header id="header"></header><main id="main"></main>'
  banner = Object.assign(document.createElement('div'), { id: 'banner' })
  button = Object.assign(document.createElement('button'), { id: 'button' })
  keep(banner, 'prepend')
  keep(button, 'append')
})

it('puts an element first or last in the body', () => {
  expect(bodyChildren()).toEqual(['banner', 'header', 'main', 'button'])
})

describe.each([
  ['a new body', newBody],
  ['new content in the same body', newContent],
])('the site moves to another page with %s', (_, swap) => {
  it('puts the very elements back, first and last', async () => {
    swap('<main id="next"></main>')
    await settled()
    expect(bodyChildren()).toEqual(['banner', 'next', 'button'])
    expect(document.getElementById('banner')).toBe(banner)
    expect(document.getElementById('button')).toBe(button)
  })

  it('takes out the copies a page cache brings back with a page, and keeps the elements themselves', async () => {
    // A snapshot of the page taken with them in it (Turbo clones the body, htmx saves its HTML).
    const snapshot = document.body.innerHTML
    swap('<main id="next"></main>')
    await settled()
    swap(snapshot)
    await settled()
    expect(bodyChildren()).toEqual(['banner', 'header', 'main', 'button'])
    expect(document.getElementById('banner')).toBe(banner)
    expect(document.getElementById('button')).toBe(button)
  })
})

it('leaves them where they are while they are in the page: an app adding after the button does not make it move', async () => {
  document.body.append(Object.assign(document.createElement('div'), { id: 'toast' }))
  await settled()
  expect(bodyChildren()).toEqual(['banner', 'header', 'main', 'button', 'toast'])
})

it("keeps a stylesheet link in the head when the site makes its head like the next page's", async () => {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/consentry.css' })
  keep(link, 'head')
  // As Astro's view transitions do: what the next page's head lacks goes.
  for (const element of [...document.head.children]) element.remove()
  await settled()
  expect(link.parentNode).toBe(document.head)
})

it("leaves the page's own elements alone, however much they look like Consentry's", async () => {
  const lookalike = Object.assign(document.createElement('div'), { className: 'cy-root', id: 'lookalike' })
  newBody('')
  document.body.append(lookalike)
  await settled()
  expect(bodyChildren()).toEqual(['banner', 'lookalike', 'button'])
})
