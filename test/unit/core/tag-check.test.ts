import { describe, expect, it, vi } from 'vitest'
import { checkTagServices } from '../../../src/core/tag-check'
import { explainProblems } from '../../../src/core/messages'
import { makeConfig } from '../integrations/fixtures'

describe('tags naming a service the config does not list', () => {
  it('are told once a service, in words that say what it costs; listed services and tags without one are not', () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="analytics" data-service="hotjar"></script>
      <script type="text/plain" data-category="analytics" data-service="new-tracker"></script>
      <img data-src="https://px.example/p.gif" data-category="advertising" data-service="new-tracker">
      <iframe data-src="https://maps.example/embed" data-category="functional"></iframe>`
    const tell = vi.fn()
    const config = makeConfig({ services: [{ id: 'hotjar', name: 'Hotjar', category: 'analytics' }] }, false)
    checkTagServices({ config, tell })
    checkTagServices({ config, tell })
    expect(tell).toHaveBeenCalledTimes(1)
    expect(explainProblems(tell.mock.calls[0][0], config.categories)).toEqual([
      '<script data-service="new-tracker"> names a service the config does not list: it runs with its whole category ("analytics"), the preferences do not show it, and a withdrawal deletes none of its cookies. Add it to config.services.',
    ])
  })

  it('name the listed service they likely mean, where the tag gives its name (vanilla-cookieconsent\'s way) or its id in other case', () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="analytics" data-service="Google Analytics"></script>
      <script type="text/plain" data-category="analytics" data-service="Hotjar"></script>`
    const tell = vi.fn()
    const config = makeConfig({ services: [{ id: 'ga', name: 'Google Analytics', category: 'analytics' }, { id: 'hotjar', name: 'Heatmaps', category: 'analytics' }] }, false)
    checkTagServices({ config, tell })
    expect(tell.mock.calls.flatMap(([problems]) => explainProblems(problems, config.categories))).toEqual([
      expect.stringMatching(/^<script data-service="Google Analytics"> names a service the config does not list: .* A data-service is a service's id, written exactly: did you mean data-service="ga"\?$/),
      expect.stringMatching(/^<script data-service="Hotjar"> .* did you mean data-service="hotjar"\?$/),
    ])
  })

  it('are not said to run with their category where the config has an entry for the service with a mistake: those stay blocked', () => {
    document.body.innerHTML = `<script type="text/plain" data-category="analytics" data-service="hotjar"></script>`
    const tell = vi.fn()
    checkTagServices({ config: makeConfig({ droppedServices: ['hotjar'] }, false), tell })
    expect(tell).not.toHaveBeenCalled()
  })
})

describe('tags naming a listed service of another category', () => {
  it('are told once per service and category: the tag runs by the service, whatever its own category says', () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="advertising" data-service="google" src="https://ads.example/conversion.js"></script>
      <img data-src="https://ads.example/p.gif" data-category="advertising" data-service="google">
      <script type="text/plain" data-category="analytics" data-service="google"></script>`
    const tell = vi.fn()
    const config = makeConfig({ services: [{ id: 'google', name: 'Google', category: 'analytics' }] }, false)
    checkTagServices({ config, tell })
    expect(tell).toHaveBeenCalledTimes(1)
    expect(explainProblems(tell.mock.calls[0][0], config.categories)).toEqual([
      '<script data-category="advertising" data-service="google">: the config lists "google" under "analytics", and a tag naming a service runs by that service\'s answer: this one runs whenever "google" is allowed, even with "advertising" refused. Give the tag the service\'s category, or list a service of its own for it.',
    ])
  })

  it('leave tags that never run (told by gating) alone: "!" services and categories, categories the config lacks', () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="analytics" data-service="!ga"></script>
      <script type="text/plain" data-category="!analytics" data-service="ga"></script>
      <script type="text/plain" data-category="marketing" data-service="ga"></script>`
    const tell = vi.fn()
    checkTagServices({ config: makeConfig({ services: [{ id: 'ga', name: 'GA', category: 'analytics' }] }, false), tell })
    expect(tell).not.toHaveBeenCalled()
  })
})
