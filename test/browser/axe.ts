import { createRequire } from 'node:module'
import type { Frame, Page } from '@playwright/test'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

/**
 * A document Consentry draws in an iframe (an embed placeholder) is part of the page, not a
 * page of its own: the rules for a page's structure (one main landmark, one top-level heading,
 * all content in landmarks) are for the page around it, where the iframe sits.
 */
const PAGE_RULES_OFF = Object.fromEntries(['landmark-one-main', 'page-has-heading-one', 'region'].map((rule) => [rule, { enabled: false }]))

/**
 * Runs axe-core on the elements matching `selector` once animations have
 * settled (colour contrast measured mid-fade would be wrong), then on each
 * document Consentry draws in an iframe. Returns the violations in a form
 * that reads well in a failed assertion.
 */
export async function axeViolations(page: Page, selector: string): Promise<AxeViolation[]> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  const violations = await axeIn(page.mainFrame(), selector, { iframes: false })
  for (const frame of page.frames().filter((frame) => frame.url() == 'about:srcdoc')) {
    violations.push(...(await axeIn(frame, 'html', { rules: PAGE_RULES_OFF })))
  }
  return violations
}

async function axeIn(frame: Frame, selector: string, options: object): Promise<AxeViolation[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ path: axePath })
  return frame.evaluate(
    async ([include, options]) => {
      type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe
      const result = await axe.run({ include: [[include]] }, { ...options, resultTypes: ['violations'] })
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))
    },
    [selector, options] as const,
  )
}
