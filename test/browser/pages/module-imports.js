// What the pages that run the npm package's ES module share (npm-app.html, module-app.html,
// react-module-state.html), in place of a bundler: the import map that names the package, its
// runtime dependencies and the frameworks module-app.html runs, written while the page is parsed,
// before any module loads; and what a bundler's define does, as nanostores reads process.env.NODE_ENV.
const importMap = document.createElement('script')
importMap.type = 'importmap'
importMap.textContent = JSON.stringify({
  imports: {
    consentry: '/dist/consentry.mjs',
    preact: '/test-vendor/preact/preact.mjs',
    'preact/jsx-runtime': '/test-vendor/preact-jsx-runtime/jsxRuntime.mjs',
    nanostores: '/test-vendor/nanostores/index.js',
    'js-cookie': '/test-vendor/js-cookie/js.cookie.mjs',
    vue: '/test-vendor/vue/vue.esm-browser.js',
    svelte: '/test-vendor/svelte/index-client.js',
    'svelte/internal/client': '/test-vendor/svelte/internal/client/index.js',
    'svelte/internal/disclose-version': '/test-vendor/svelte/internal/disclose-version.js',
    '#client/constants': '/test-vendor/svelte/internal/client/constants.js',
    'esm-env': '/test-vendor/esm-env/index.js',
    'esm-env/browser': '/test-vendor/esm-env/true.js',
    'esm-env/development': '/test-vendor/esm-env/true.js',
    'esm-env/node': '/test-vendor/esm-env/false.js',
    clsx: '/test-vendor/clsx/clsx.mjs',
  },
})
document.currentScript.after(importMap)
window.process = { env: { NODE_ENV: 'production' } }
