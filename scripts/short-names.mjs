// The short names the classic script's builds give properties (rollup.config.mjs's minify), in a
// file of their own so that test/unit/short-names.test.ts can check the built files against them.

// `INTERNAL`: the core's own EngineOptions (src/core/api.ts) and the Consent Mode
// integration's methods (consentModeIntegration, which only the core's own builds carry),
// short names in the core only: none is a config key, part of the API or read by another
// file (24 B gzip, and 10 B more for the three methods `consentry.js` only calls).
// A name added here must be one that nothing outside the core file spells.
export const INTERNAL = ['loadUI', 'engine', 'loadEngine', 'loadCatalogue', 'onStart', 'install', 'isAdvanced', 'pushDefaults']

// `SHARED`: what the classic script's files hand one another, under one short name in all of
// them (fixed here, as each file is minified on its own): the host the core lends the UI,
// button, engine and dialog chunks (UIHost), the files it lends the UI chunk (CoreFiles) and
// the UI chunk's own UIFiles, what the engine, dialog, messages and services files register,
// and the three keys the resolved config has of its own (ResolvedConfig). 137 B gzip off the
// first visit (with needsDialog, which the core lends so that the UI chunk need not spell it),
// 62 B off the returning one. None is a key a site writes, part of the API, a key of the
// string tables or a DOM property any file uses (`builtins`: terser keeps onAdded, forget
// and adopt otherwise, as names on its list of DOM properties); no file spells one of the
// letters as a property.
// The ES module keeps every name: a bundler puts its files together.
export const SHARED = {
  // UIHost
  $view: 'V',
  $consent: 'C',
  prepareDecision: 'd',
  servicesReady: 's',
  keep: 'k',
  tell: 'e',
  focusLost: 'f',
  // CoreFiles and UIFiles
  linkStylesheet: 'y',
  onAdded: 'a',
  needsDialog: 'p',
  loadDialog: 'q',
  strings: 'r',
  // the engine's, the dialog chunk's, the messages' and the catalogue's
  decide: 'c',
  forget: 'g',
  adopt: 'b',
  startDialog: 'h',
  explainProblems: 'w',
  lookupService: 'z',
  // ResolvedConfig
  gpcCategories: 'j',
  categoryText: 'v',
  droppedServices: 'u',
}
