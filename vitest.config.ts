import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    environmentOptions: {
      happyDOM: {
        url: 'https://www.example.com/shop/cart',
        // Unit tests never fetch: external scripts "load" at once, so ordering can be tested.
        settings: {
          enableJavaScriptEvaluation: true,
          disableJavaScriptFileLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
          disableIframePageLoading: true,
        },
      },
    },
    setupFiles: ['test/unit/setup.ts'],
    // Vitest leaves a core free by default: one worker on a 2-core machine. Nothing else runs
    // beside the unit tests, and threads start faster than forks: 50 -> 32 s here.
    pool: 'threads',
    maxWorkers: '100%',
    restoreMocks: true,
    // Stylesheets the code imports as text (`?raw`) must arrive as written, not emptied.
    css: { include: [/\.css\?raw$/] },
  },
})
