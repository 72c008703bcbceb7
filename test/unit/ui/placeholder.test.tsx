import { afterEach, describe, expect, it, vi, type Mock } from 'vitest'
import type { ResolvedConfig, ServiceConfig } from '../../../src/core/types'
import { createDialogTranslator } from '../../../src/ui/dialog/translator'
import { startPlaceholders } from '../../../src/ui/dialog/placeholder'
import { en } from '../../../src/ui/i18n/en'
import { nl } from '../../../src/ui/i18n/nl'
import { $$ } from './dom'
import { fakeHost, record, services } from './fake-host'

const VIDEO = 'https://www.youtube-nocookie.com/embed/abc'
const youtube = { ...services[5], privacyPolicyUrl: 'https://policies.google.com/privacy' }
const config: Partial<ResolvedConfig> = { services: services.map((s) => (s.id == 'youtube' ? youtube : s)) }

// Each test gets a fresh <body>, so observers of earlier tests watch nothing.
afterEach(() => {
  document.documentElement.replaceChild(document.createElement('body'), document.body)
  document.documentElement.lang = ''
})

/** A page with `html`, and placeholders started for a host whose save and isAllowed work as the engine's do. */
function page(html: string, options: Parameters<typeof fakeHost>[0] = {}) {
  document.body.innerHTML = html
  const fake = fakeHost({ view: 'none', config, ...options })
  const { categories, services } = fake.host.config
  // A category counts as allowed when chosen, or when one of its services is (for that service only).
  fake.api.save.mockImplementation((choice) => {
    const chosen = (service: ServiceConfig) => choice.services?.[service.id] ?? choice.categories.includes(service.category)
    const allowed = Object.fromEntries(
      categories.map((id) => [id, choice.categories.includes(id) || services.some((s) => s.category == id && chosen(s))]),
    )
    fake.$consent.set(record(allowed, Object.fromEntries(services.map((s) => [s.id, chosen(s)]))))
  })
  const isAllowed = fake.api.isAllowed as Mock<(what: string) => boolean>
  isAllowed.mockImplementation((what) => {
    const consent = fake.$consent.get()
    const [category, service] = what.split('.')
    return !!consent && consent.categories[category] === true && (!service || consent.services[service] !== false)
  })
  startPlaceholders(fake.host, createDialogTranslator(fake.host, { en, nl }))
  return fake
}

const heldVideo = (attributes = '') =>
  `<p>Intro</p><iframe data-src="${VIDEO}" data-category="social" data-service="youtube" width="560" height="315" title="Product video"${attributes}></iframe><p>Outro</p>`
const iframes = () => $$<HTMLIFrameElement>('iframe')
const iframe = () => iframes()[0]
const held = (frame = iframe()) => frame.hasAttribute('srcdoc')
const settled = () => new Promise((resolve) => setTimeout(resolve, 20))

/**
 * The placeholder drawn in the iframe's own document, once that has loaded: happy-dom loads
 * a srcdoc in a later task, later still on a busy machine, so this waits up to 3 s for it.
 */
async function placeholder(frame = iframe()) {
  for (let waited = 0; ; waited += 20) {
    await settled()
    const group = frame.contentDocument?.querySelector<HTMLElement>('[role=group]')
    if (group || waited >= 3000) return group ?? null
  }
}

/**
 * Stands in for the browser's navigations of `frame`, which happy-dom does not make. The frame shows
 * its cross-origin embed (no document the page can reach) until `location.replace('about:blank')`;
 * then, a task later, a blank document the page can reach, as the browser gives the page that started it.
 * Replaced with its `src` again, it shows the embed. `loading`: it starts on its first, blank document
 * instead, until `commit()` shows the embed (its navigation committed) and fires its load.
 */
async function browsing(frame: HTMLIFrameElement, loading = false) {
  const blank = document.createElement('iframe')
  blank.srcdoc = ''
  document.body.append(blank)
  await srcdocLoaded(blank)
  const page = blank.contentDocument!
  Object.defineProperty(page, 'URL', { value: 'about:blank' })
  const initial = document.implementation.createHTMLDocument('')
  Object.defineProperty(initial, 'URL', { value: 'about:blank' })
  let shown: Document | null = loading ? initial : null
  const replace = vi.fn((url: string) => {
    shown = null
    if (url == 'about:blank') setTimeout(() => ((shown = page), frame.dispatchEvent(new Event('load'))))
  })
  Object.defineProperty(frame, 'contentDocument', { get: () => shown })
  Object.defineProperty(frame, 'contentWindow', { get: () => ({ location: { replace } }) })
  const commit = () => ((shown = null), frame.dispatchEvent(new Event('load')))
  return { replace, commit }
}

/** Waits for the document of `frame`'s srcdoc. */
async function srcdocLoaded(frame: HTMLIFrameElement) {
  for (let waited = 0; !frame.contentDocument && waited < 3000; waited += 20) await settled()
}

async function buttonIn(frame: HTMLIFrameElement, name: string) {
  const found = [...(await placeholder(frame))!.querySelectorAll('button')].find((b) => b.textContent == name)
  if (!found) throw new Error(`no button "${name}" in the placeholder`)
  return found
}

describe('embed placeholders', () => {
  it("stand in for a held-back embed, inside its frame: a labelled group naming the service, why, its policy and two actions", async () => {
    page(heldVideo())
    const group = (await placeholder())!
    const frame = iframe().contentDocument!
    expect(frame.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).toBe('YouTube content blocked')
    // Who receives the visitor's IP address: the provider, named.
    expect(group.textContent).toContain('You have not allowed YouTube. If you load it, Google Ireland Ltd. receives your IP address and can set cookies.')
    const policy = group.querySelector('a')!
    expect(policy.textContent).toBe('Privacy policy of YouTube')
    expect([policy.href, policy.target]).toEqual(['https://policies.google.com/privacy', '_top'])
    expect([...group.querySelectorAll('button')].map((b) => [b.textContent, b.type])).toEqual([
      ['Load this once', 'button'],
      ['Always allow YouTube', 'button'],
    ])
    expect(frame.documentElement.lang).toBe('en')
    // The names in the sentences are isolated: right to left, "Google Ireland Ltd." keeps its order.
    expect([...group.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toEqual(['YouTube', 'YouTube', 'Google Ireland Ltd.', 'YouTube', 'YouTube'])
  })

  it('leave the iframe where the page put it, with nothing beside it, and nothing of the embed loading', async () => {
    page(heldVideo(' class="video"'))
    const frame = iframe()
    await placeholder()
    // A framework that rendered the page finds its element with the parent and neighbours it gave it.
    expect([...document.body.children].map((e) => e.tagName)).toEqual(['P', 'IFRAME', 'P'])
    expect(frame.hasAttribute('src')).toBe(false)
    expect([frame.className, frame.width, frame.height, frame.title]).toEqual(['video', '560', '315', 'Product video'])
    expect(frame.contentDocument!.URL).toBe('about:srcdoc')
    // Its colours come through the style object, never a style attribute in the page (a strict CSP forbids those).
    expect($$('[style]')).toHaveLength(0)
  })

  it("read the page's colours once for all of them", async () => {
    const reading = vi.spyOn(window, 'getComputedStyle')
    page(heldVideo() + heldVideo() + heldVideo())
    for (const frame of iframes()) expect(await placeholder(frame)).not.toBeNull()
    expect(reading).toHaveBeenCalledTimes(1)
  })

  it('draw the placeholder again when the iframe reloads, as a moved iframe does', async () => {
    page('<div id="a"></div>' + heldVideo())
    await placeholder()
    document.getElementById('a')!.append(iframe())
    expect(await placeholder()).not.toBeNull()
  })

  it('speak Dutch to a Dutch visitor', async () => {
    page(heldVideo(), { language: 'nl' })
    const group = (await placeholder())!
    expect(group.textContent).toContain('Inhoud van YouTube geblokkeerd')
    expect([...group.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Eenmalig laden', 'YouTube altijd toestaan'])
    expect(iframe().contentDocument!.documentElement.lang).toBe('nl')
  })

  // One placeholder per test: a second one's observers would draw the next page's too.
  const frameOf = async (ar: Record<string, string>) => {
    page(heldVideo(), { language: 'ar', config: { ...config, translations: { ar } } })
    const group = (await placeholder())!
    const { lang, dir } = group.ownerDocument.documentElement
    const marked = [...group.querySelectorAll('bdi[lang]')].map((element) => [element.getAttribute('lang'), element.textContent])
    return { lang, dir, marked }
  }

  it('are in English, and their frame says so, where a site’s translation leaves their words out', async () => {
    // Banner strings only: every word of the placeholder is English, and so is its frame (not right to left).
    expect(await frameOf({ acceptAll: 'قبول الكل' })).toEqual({ lang: 'en', dir: 'ltr', marked: [] })
  })

  it('mark the site’s words in an English frame, whose title the translation leaves out', async () => {
    expect(await frameOf({ embedOnce: 'تحميل مرة واحدة' })).toEqual({ lang: 'en', dir: 'ltr', marked: [['ar', 'تحميل مرة واحدة']] })
  })

  it('mark English standing in, in a frame whose title is in the site’s language', async () => {
    const arabic = await frameOf({ embedTitle: 'محتوى {service} محظور', embedOnce: 'تحميل مرة واحدة' })
    expect(arabic).toMatchObject({ lang: 'ar', dir: 'rtl' })
    expect(arabic.marked).toContainEqual(['en', 'Always allow YouTube'])
    expect(arabic.marked.map(([, text]) => text)).not.toContain('تحميل مرة واحدة')
  })

  it('are not shown for an allowed embed, nor a link to an unsafe privacy policy', async () => {
    page(heldVideo(), { consent: record({ social: true }, { youtube: true }) })
    expect(held()).toBe(false)
    document.body.innerHTML = ''
    page(heldVideo(), { config: { services: services.map((s) => (s.id == 'youtube' ? { ...s, privacyPolicyUrl: 'javascript:alert(1)' } : s)) } })
    // No link to the policy; only the one to the details in the preferences.
    expect([...(await placeholder())!.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Details'])
  })

  it('link the details: the preferences, which say what the service does, its cookies and how to withdraw', async () => {
    const { api } = page(heldVideo())
    const details = [...(await placeholder())!.querySelectorAll('a')].find((a) => a.textContent == 'Details')!
    const click = new MouseEvent('click', { bubbles: true, cancelable: true })
    details.dispatchEvent(click)
    expect(api.showPreferences).toHaveBeenCalledOnce()
    // The page stays where it is: no navigation to #.
    expect(click.defaultPrevented).toBe(true)
  })

  it('"Load this once" loads just this embed, in place, without recording consent', async () => {
    const { api } = page(heldVideo() + heldVideo())
    const [first, second] = iframes()
    ;(await buttonIn(first, 'Load this once')).click()
    expect([first.getAttribute('src'), held(first)]).toEqual([VIDEO, false])
    expect(first.parentElement).toBe(document.body)
    expect(document.activeElement).toBe(first)
    expect([second.hasAttribute('src'), held(second)]).toEqual([false, true])
    expect(api.save).not.toHaveBeenCalled()
  })

  it('"Always allow" saves the choices so far plus this service, and every placeholder of it goes', async () => {
    const { api } = page(heldVideo() + heldVideo(), {
      // `Google Analytics`: a service the record names that the config does not list (an entry dropped for its id): not passed on.
      consent: record({ analytics: true, social: false }, { 'google-analytics': true, hotjar: false, youtube: false, 'Google Analytics': false }),
    })
    ;(await buttonIn(iframe(), 'Always allow YouTube')).click()
    expect(api.save).toHaveBeenCalledWith({
      categories: ['necessary', 'analytics'],
      services: { 'google-analytics': true, hotjar: false, youtube: true },
    }, 'embed')
    // Gating sets the src (the engine's job, not the UI's): the iframes wait in place, placeholder gone.
    expect(iframes().every((f) => f.parentElement == document.body && !held(f) && !f.hasAttribute('src'))).toBe(true)
  })

  // Chromium adds a load from the placeholder's srcdoc to the frame's history; a frame just put in the page
  // replaces its first entry instead (the browser suite checks Back). Here: what the page sees of that.
  it('released, take the srcdoc away out of the page: the same iframe is back in its place at once, with its focus', async () => {
    const { api } = page(`<div>${heldVideo()}</div>`)
    const frame = iframe()
    await placeholder()
    const [before, after] = [frame.previousSibling, frame.nextSibling]
    frame.focus()
    const connected: boolean[] = []
    const remove = frame.removeAttribute.bind(frame)
    vi.spyOn(frame, 'removeAttribute').mockImplementation((name) => (connected.push(frame.isConnected), remove(name)))
    api.save({ categories: ['social'] })
    expect(connected).toEqual([false])
    expect(iframe()).toBe(frame)
    expect([frame.previousSibling, frame.nextSibling, frame.parentElement!.parentElement]).toEqual([before, after, document.body])
    expect([held(frame), document.activeElement]).toEqual([false, frame])
  })

  it('"Always allow" on a first visit is a decision for that service alone', async () => {
    const { api } = page(heldVideo())
    ;(await buttonIn(iframe(), 'Always allow YouTube')).click()
    expect(api.save).toHaveBeenCalledWith({ categories: [], services: { youtube: true } }, 'embed')
  })

  it('an embed without a service is named and allowed by its category', async () => {
    const { api } = page(`<iframe data-src="${VIDEO}" data-category="social" title="Video"></iframe>`)
    expect((await placeholder())!.textContent).toContain('Social media content blocked')
    ;(await buttonIn(iframe(), 'Always allow Social media')).click()
    expect(api.save).toHaveBeenCalledWith({ categories: ['social'], services: {} }, 'embed')
  })

  it('an embed naming a service the config does not list is treated as one without: its category, by name, and the host that gets the IP', async () => {
    const { api } = page(`<iframe data-src="https://player.vimeo.com/video/1" data-category="social" data-service="vimeo" title="Video"></iframe>`)
    const group = (await placeholder())!
    expect(group.textContent).toContain('Social media content blocked')
    expect(group.textContent).toContain('If you load it, player.vimeo.com receives your IP address')
    // "Always allow vimeo" used to store a decision the engine cannot record (every choice refused).
    ;(await buttonIn(iframe(), 'Always allow Social media')).click()
    expect(api.save).toHaveBeenCalledWith({ categories: ['social'], services: {} }, 'embed')
  })

  it('read an embed as gating does: a service with a dot is a service of its own, not the one before the dot', async () => {
    // YouTube refused on its own, its category allowed: "youtube.com" is no listed service, so its category decides.
    page(`<iframe data-src="${VIDEO}" data-category="social" data-service="youtube.com" title="Video"></iframe>`, {
      consent: record({ social: true }, { youtube: false }),
    })
    // Allowed, so no placeholder: gating loads it (the core's part, not started here).
    await settled()
    expect(held()).toBe(false)
  })

  it('are not offered for an embed gating never loads: an unknown category, or one asking to run on refusal ("!")', async () => {
    page(
      `<iframe data-src="${VIDEO}" data-category="marketing" title="A"></iframe>` +
        `<iframe data-src="${VIDEO}" data-category="!social" title="B"></iframe>` +
        `<iframe data-src="${VIDEO}" data-category="social" data-service="!youtube" title="C"></iframe>`,
    )
    await settled()
    expect(iframes().map((frame) => [held(frame), frame.hasAttribute('src')])).toEqual([[false, false], [false, false], [false, false]])
  })

  it('are drawn for every embed, also beside one whose address is malformed', async () => {
    page(`<iframe data-src="https://" data-category="social" title="Broken"></iframe>` + heldVideo())
    for (const frame of iframes()) expect(await placeholder(frame)).not.toBeNull()
  })

  it('come back when consent is withdrawn, in the same iframe, replacing the loaded embed rather than pushing a srcdoc over it', async () => {
    const { api } = page(heldVideo(` src="${VIDEO}" id="player"`), { consent: record({ social: true }, { youtube: true }) })
    const loaded = iframe()
    const { replace } = await browsing(loaded)
    expect(held()).toBe(false)
    api.save({ categories: [] })
    // The video's document is replaced by a blank one (a srcdoc would leave it one Back away), and the placeholder is drawn there.
    expect(iframe()).toBe(loaded)
    expect(replace.mock.calls).toEqual([['about:blank']])
    expect(held()).toBe(false)
    const group = await placeholder()
    expect(group).not.toBeNull()
    // A title holds no markup: its name is isolated by characters (see isolate.tsx).
    expect(group!.ownerDocument.title).toBe('\u2068YouTube\u2069 content blocked')
    // Allowed again, the placeholder goes and the src shows once more, in place of the blank document.
    api.save({ categories: ['social'] })
    expect(replace.mock.calls).toEqual([['about:blank'], [VIDEO]])
    expect([held(), loaded.getAttribute('src')]).toEqual([false, VIDEO])
  })

  it('come back when consent is withdrawn while the embed still loads, also where its load wins over the placeholder', async () => {
    const { api } = page(heldVideo(` src="${VIDEO}"`), { consent: record({ social: true }, { youtube: true }) })
    const loading = iframe()
    const { replace, commit } = await browsing(loading, true)
    api.save({ categories: [] })
    // Still on its first, blank document: a srcdoc, as for an embed not loaded.
    expect([loading.hasAttribute('srcdoc'), replace.mock.calls]).toEqual([true, []])
    // The embed's navigation commits over it (Chromium drops a srcdoc set while a frame loads): it is replaced all the same.
    commit()
    expect(replace.mock.calls).toEqual([['about:blank']])
    expect(await placeholder(loading)).not.toBeNull()
  })

  it('"Load this once" after a withdrawal shows the src the iframe kept, without setting it again (a second navigation to it)', async () => {
    const { api } = page(heldVideo(` src="${VIDEO}"`), { consent: record({ social: true }, { youtube: true }) })
    const { replace } = await browsing(iframe())
    api.save({ categories: [] })
    const set = vi.spyOn(iframe(), 'setAttribute')
    ;(await buttonIn(iframe(), 'Load this once')).click()
    expect(replace.mock.calls).toEqual([['about:blank'], [VIDEO]])
    expect([held(), iframe().getAttribute('src')]).toEqual([false, VIDEO])
    expect(set).not.toHaveBeenCalledWith('src', VIDEO)
  })

  it('leave an embed loaded once alone when a later decision still refuses it', async () => {
    const { api } = page(heldVideo())
    ;(await buttonIn(iframe(), 'Load this once')).click()
    api.save({ categories: ['analytics'] })
    expect([iframe().getAttribute('src'), held()]).toEqual([VIDEO, false])
  })

  it('appear for embeds the page adds later', async () => {
    page('<main></main>')
    document.querySelector('main')!.insertAdjacentHTML('beforeend', heldVideo())
    expect(await placeholder()).not.toBeNull()
    // …and for an iframe that autoBlock holds back after it was inserted.
    const late = document.createElement('iframe')
    document.querySelector('main')!.append(late)
    await settled()
    expect(held(late)).toBe(false)
    late.setAttribute('data-category', 'social')
    late.setAttribute('data-src', VIDEO)
    expect(await placeholder(late)).not.toBeNull()
  })

  it("cost no look at the whole page when the page's other changes come", async () => {
    page('<ul></ul>')
    await settled()
    const scan = vi.spyOn(document, 'querySelectorAll')
    for (let i = 0; i < 20; i++) document.querySelector('ul')!.insertAdjacentHTML('beforeend', `<li>${i}</li>`)
    await settled()
    expect(scan).not.toHaveBeenCalled()
    document.querySelector('ul')!.insertAdjacentHTML('beforeend', `<li>${heldVideo()}</li>`)
    expect(await placeholder()).not.toBeNull()
  })

  it("are not shown for services Consent Mode's advanced mode loads without consent", () => {
    const consentMode = { mode: 'advanced' as const, mapping: {} }
    page(heldVideo(), { config: { consentMode, services: services.map((s) => (s.id == 'youtube' ? { ...s, consentMode: ['ad_storage' as const] } : s)) } })
    expect(held()).toBe(false)
  })

  it('are shown where a service\'s consentMode is no list of types: gating holds its embed back too', () => {
    const consentMode = { mode: 'advanced' as const, mapping: {} }
    page(heldVideo(), { config: { consentMode, services: services.map((s) => (s.id == 'youtube' ? { ...s, consentMode: true as never } : s)) } })
    expect(held()).toBe(true)
  })
})
