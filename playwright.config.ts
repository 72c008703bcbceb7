import { existsSync } from 'node:fs'
import { chromium, defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS } from './test/chromium-args.mjs'

/**
 * The browser: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's
 * own download. Never skip silently: without a browser the suite fails and says
 * how to get one.
 */
function chromiumExecutable(): string | undefined {
  const wanted = process.env.CHROMIUM_PATH
  if (wanted && existsSync(wanted)) return wanted
  if (!wanted && existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  if (existsSync(chromium.executablePath())) return undefined
  throw new Error(
    [
      wanted ? `CHROMIUM_PATH=${wanted} does not exist.` : 'No Chromium found for the browser tests.',
      'Get one of these:',
      '  - Debian/Ubuntu: apt-get install chromium   (found at /usr/bin/chromium)',
      '  - Playwright\'s own build: npx playwright install chromium',
      '  - or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    ].join('\n'),
  )
}

export default defineConfig({
  testDir: 'test/browser',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 8_000 },
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['junit', { outputFile: 'test-results/browser-junit.xml' }]] : 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'nl-NL',
    // Recording a trace for every test (to keep only a failure's) took a quarter of the suite's
    // time. Off here; for a failing test locally: npx playwright test <spec> --trace on
    trace: 'off',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: CHROMIUM_ARGS,
    },
  },
})
