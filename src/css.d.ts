// A stylesheet imported as text (`styles/x.css?raw`): rollup.config.mjs inlines it minified, Vitest reads it raw.
declare module '*?raw' {
  const css: string
  export default css
}
