import { createRequire } from 'node:module'
import type { Page } from '@playwright/test'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

/**
 * Runs axe-core on the elements matching `selector` once animations have
 * settled (colour contrast measured mid-fade would be wrong). Returns the
 * violations in a form that reads well in a failed assertion.
 */
export async function axeViolations(page: Page, selector: string): Promise<AxeViolation[]> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath })
  return page.evaluate(async (include) => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe
    const result = await axe.run({ include: [[include]] }, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))
  }, selector)
}
