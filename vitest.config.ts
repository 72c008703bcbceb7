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
    restoreMocks: true,
    // Stylesheets the code imports as text (`?raw`) must arrive as written, not emptied.
    css: { include: [/\.css\?raw$/] },
  },
})
