import { render } from 'preact'
import { onAdded } from '../../core/added'
import { DECLARATION } from '../../core/selectors'
import type { ServiceConfig, UIHost } from '../../core/types'
import { initialChoices, isPartly, type Choices } from './choices'
import type { Ui } from './context'
import { CookieTable } from './cookie-table'
import { isolate } from './isolate'
import type { DialogTranslator } from './translator'
import { safeHref } from '../markup'
import { SiteText } from './site-text'
import { themeClass } from '../page'

/**
 * The cookie declaration a privacy statement needs, filled into every
 * `<div data-consentry="declaration">` on the page, and into those a
 * single-page app renders later. It reads `host.config`, the source the
 * banner and dialog read, so statement and banner cannot disagree; it
 * follows `host.$consent` to show the visitor's current choice.
 */
export function renderDeclarations(host: UIHost, tr: DialogTranslator): void {
  const drawn = new Map<HTMLElement, () => void>()
  let count = 0
  const fill = () => {
    for (const target of document.querySelectorAll<HTMLElement>(DECLARATION)) {
      if (drawn.has(target)) continue
      // Measured before it renders (our own headings do not count anyway); ids unique per declaration.
      const level = headingLevel(target)
      const id = 'cy-d' + count++
      const draw = () => render(<Declaration host={host} tr={tr} level={level} id={id} />, target)
      // A fallback the site put inside ("enable JavaScript…") goes; Preact would otherwise try to reuse it.
      target.textContent = ''
      drawn.set(target, draw)
      draw()
    }
  }
  fill()
  // One the app has taken away is forgotten.
  host.$consent.listen(() => drawn.forEach((draw, target) => (target.isConnected ? draw() : drawn.delete(target))))
  onAdded(DECLARATION, fill)
}

/**
 * One level below the page's last heading before the declaration (an `h2`
 * "Cookies" gives `h3` categories and `h4` services); `h2` on a page without one.
 * Consentry's own headings (the banner's, first in the body) do not count.
 */
function headingLevel(target: Element): number {
  let level = 1
  for (const heading of document.querySelectorAll('h1,h2,h3,h4'))
    if (heading.compareDocumentPosition(target) & 4 && !heading.closest('.cy-root')) level = +heading.tagName[1]
  return level + 1
}

type State = 'alwaysOn' | 'allowed' | 'refused' | 'partly' | 'undecided'

/**
 * A service is allowed or refused; a category is allowed as a whole, refused with
 * none of its services allowed, or partly allowed in between (some of its services
 * allowed on their own, or the whole but one of its services). Read from the stored
 * decision's answers as the preferences show them (`initialChoices`), by the same rule.
 */
function stateOf(answers: Choices | null, services: ServiceConfig[], category: string, service?: string): State {
  if (category == 'necessary') return 'alwaysOn'
  if (!answers) return 'undecided'
  if (service) return answers.services[service] ? 'allowed' : 'refused'
  return isPartly(answers, services, category) ? 'partly' : answers.categories[category] ? 'allowed' : 'refused'
}

interface DeclarationProps {
  host: UIHost
  tr: DialogTranslator
  /** Heading level of the categories; services are one below. */
  level: number
  /** Prefix for element ids, unique per declaration on the page. */
  id: string
}

function Declaration({ host, tr, level, id }: DeclarationProps) {
  const { api, config, $consent } = host
  const { t, text, say, standIn } = tr
  const consent = $consent.get()
  const answers = consent && initialChoices(config, consent)
  const Category = ('h' + level) as 'h3'
  const Name = ('h' + (level + 1)) as 'h4'
  const badge = (category: string, service?: string) => {
    const state = stateOf(answers, config.services, category, service)
    return <span class={'cy-state cy-' + state}>{say(state)}</span>
  }
  const cookie = config.cookie
  // The consent cookie is necessary and needs no consent, but it must be declared like any other.
  const own: ServiceConfig = {
    id: '',
    name: t('consentCookie'),
    category: 'necessary',
    provider: config.siteName,
    // Texts in the language of their words, which SiteText marks where English stands in.
    cookies: [
      {
        name: cookie.name,
        duration: { [standIn('days') || tr.lang]: t('days', { n: String(cookie.expiresDays) }) },
        purpose: { [standIn('consentCookiePurpose') || tr.lang]: t('consentCookiePurpose') },
      },
    ],
  }
  const declared = config.services.some((service) => (service.cookies || []).some((c) => c.name == cookie.name))
  const services = declared ? config.services : [own, ...config.services]
  // CookieTable reads only the texts.
  const ui = { tr } as Ui
  return (
    // Hidden until consentry-dialog.css shows it (see lazy-root.ts).
    <div class={'cy-root cy-lazy cy-decl ' + themeClass(config)} hidden lang={tr.lang} dir={tr.rtl ? 'rtl' : 'ltr'}>
      <button type="button" class="cy-btn" onClick={() => api.showPreferences()}>
        {say('changeSettings')}
      </button>
      {config.categories.map((category, c) => {
        const listed = services.filter((service) => service.category == category)
        return (
          <div class="cy-category">
            <div class="cy-row">
              <Category class="cy-name">
                {tr.sayCategory(category, 'label')}
              </Category>
              {badge(category)}
            </div>
            <p class="cy-desc">
              {tr.sayCategory(category, 'description')}
            </p>
            {listed.length > 0 && (
              <ul class="cy-services">
                {listed.map((service, s) => {
                  const headingId = `${id}-${c}-${s}`
                  const policy = safeHref(service.privacyPolicyUrl)
                  return (
                    <li class="cy-service">
                      <div class="cy-row">
                        {/* Names isolated, as in the preferences (see isolate.tsx). */}
                        <Name id={headingId} class="cy-name">
                          <bdi>{service.name}</bdi>
                        </Name>
                        {badge(category, service.id)}
                      </div>
                      <p class="cy-desc">
                        {service.provider && (
                          <>
                            {say('provider')}: <bdi>{service.provider}</bdi>
                          </>
                        )}
                        {service.provider && text(service.purpose) && ' · '}
                        <SiteText tr={tr} value={service.purpose} />{' '}
                        {policy && (
                          <a href={policy}>
                            {say('embedPolicy', { service: isolate(service.name) })}
                          </a>
                        )}
                      </p>
                      {service.cookies && service.cookies.length > 0 && (
                        <CookieTable ui={ui} service={service} labelledBy={headingId} />
                      )}
                    </li>
                  )
                })}
              </ul>
            )}
          </div>
        )
      })}
    </div>
  )
}
