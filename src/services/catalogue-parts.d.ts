// The catalogue split at build time (rollup.config.mjs, plugin `catalogue-parts`):
// `facts` for consentry-services.js, `words` in the language of the build for
// consentry-services.<language>.js. See parts.ts.
declare module 'consentry:catalogue-parts' {
  import type { ServiceFacts, ServiceWords } from './parts'
  export const facts: Record<string, ServiceFacts>
  export const words: Record<string, ServiceWords>
}
