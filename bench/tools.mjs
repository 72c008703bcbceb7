// The set-ups of the same page: Consentry (as documented, and loaded async), vanilla-cookieconsent 3.1.0
// and no consent tool.
// Each says which files it serves, how its banner, its Accept all and Preferences buttons and its
// preferences dialog are found, and what cookie a returning visitor with full consent carries.
import { readFileSync, readdirSync } from 'node:fs'
import { VENDORS, vendorTags } from './vendors.mjs'

const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url))
const CATEGORIES = ['functional', 'analytics', 'tracking', 'social', 'advertising']
const SERVICES = [...new Set(Object.values(VENDORS).map((v) => v.service))]
const now = () => new Date().toISOString()

// The README's "Preload hints, for a banner one round trip sooner": the banner's files, fetched beside consentry.js.
const PRELOAD_HINTS = `<link rel="preload" href="/consentry/consentry-ui.en.js" as="script">
<link rel="preload" href="/consentry/consentry.css" as="style">
`

const consentry = {
  name: 'consentry',
  label: 'Consentry',
  // Every classic-build file (core, UI, stylesheet, catalogue): the core fetches what it needs.
  files: () => Object.fromEntries(
    readdirSync(new URL('../dist/', import.meta.url))
      .filter((name) => /^consentry.*\.(js|css)$/.test(name))
      .map((name) => [`/consentry/${name}`, read(`dist/${name}`)]),
  ),
  page: {
    // Its documented set-up: config, then the script, first thing in <head>, before the tags it holds.
    // BENCH_PRELOAD=1: with the README's hints for a first visit over a slow network.
    head: `${process.env.BENCH_PRELOAD ? PRELOAD_HINTS : ''}<script>window.consentryConfig={siteName:'Factuurtje',privacyPolicyUrl:'/privacy.html',services:${JSON.stringify(SERVICES)}}</script>
<script src="/consentry/consentry.js"></script>
${vendorTags(true)}`,
    preferencesLink: '<a href="#" data-consentry="preferences">Cookie settings</a>',
  },
  banner: '.cy-root [role=region], .cy-root [role=dialog]',
  accept: '.cy-root [role=region] button:text-is("Accept all")',
  preferences: '.cy-root [role=region] button:text-is("Preferences")',
  dialog: '.cy-root .cy-dialog',
  ownPath: '/consentry/',
  cookie: () => ({
    name: 'consentry',
    value: encodeURIComponent(JSON.stringify({
      schema: 1, id: 'bench', createdAt: now(), updatedAt: now(), revision: 0,
      categories: Object.fromEntries(['necessary', ...CATEGORIES].map((c) => [c, true])),
      // As an Accept all records them: a listed service the record does not name reads as added since, and refused.
      services: Object.fromEntries(SERVICES.map((id) => [id, true])), method: 'accept-all', language: 'en',
    })),
  }),
}

// Cookie tables like the ones Consentry takes from its service catalogue, so both show the same.
const table = (rows) => ({
  headers: { name: 'Cookie', duration: 'Duration', description: 'Description' },
  body: rows.map(([name, duration, description]) => ({ name, duration, description })),
})
const vanillaConfig = {
  hideFromBots: false, // Playwright sets navigator.webdriver; real visitors do not.
  guiOptions: { consentModal: { layout: 'box', position: 'bottom right' } },
  categories: {
    necessary: { enabled: true, readOnly: true },
    functional: {},
    analytics: {
      autoClear: { cookies: [{ name: '_ga' }, { name: '_ga_BENCH00001' }, { name: '_hjSessionUser_1234567' }] },
      services: { 'google-analytics': { label: 'Google Analytics' }, hotjar: { label: 'Hotjar' } },
    },
    tracking: { autoClear: { cookies: [{ name: 'li_fat_id' }] }, services: { 'linkedin-insight': { label: 'LinkedIn Insight' } } },
    social: {},
    advertising: { autoClear: { cookies: [{ name: '_fbp' }] }, services: { 'facebook-pixel': { label: 'Facebook Pixel' } } },
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'Cookies on Factuurtje',
          description: 'Factuurtje and its partners use cookies for functional, analytics, tracking, social media and advertising purposes. Choose what you allow; you can change it at any time.',
          acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Preferences',
          footer: '<a href="/privacy.html">Privacy statement</a>',
        },
        preferencesModal: {
          title: 'Cookie preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save choices', closeIconLabel: 'Close', serviceCounterLabel: 'Service|Services',
          sections: [
            { title: 'Your choices', description: 'Choose per purpose and per service. Necessary cookies keep the site working and cannot be switched off.' },
            { title: 'Necessary', description: 'Login, security and remembering this choice.', linkedCategory: 'necessary' },
            { title: 'Functional', description: 'Fonts and libraries from content delivery networks.', linkedCategory: 'functional' },
            { title: 'Analytics', description: 'Counting visits with a masked IP address, and heatmaps.', linkedCategory: 'analytics',
              cookieTable: table([['_ga', '2 years', 'Google Analytics visitor id'], ['_ga_*', '2 years', 'Google Analytics session'], ['_hjSessionUser_*', '1 year', 'Hotjar visitor id']]) },
            { title: 'Tracking', description: 'Profiles across sites, to measure campaigns.', linkedCategory: 'tracking',
              cookieTable: table([['li_fat_id', '30 days', 'LinkedIn member id']]) },
            { title: 'Social media', description: 'Embedded posts and share buttons.', linkedCategory: 'social' },
            { title: 'Advertising', description: 'Custom audiences and ad measurement.', linkedCategory: 'advertising',
              cookieTable: table([['_fbp', '3 months', 'Facebook browser id']]) },
          ],
        },
      },
    },
  },
}

const vanilla = {
  name: 'vanilla',
  label: 'vanilla-cookieconsent 3.1.0',
  files: () => ({
    '/vanilla/cookieconsent.umd.js': read('node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js'),
    '/vanilla/cookieconsent.css': read('node_modules/vanilla-cookieconsent/dist/cookieconsent.css'),
    // Its texts live here (Consentry's are in its UI file), so they count as the tool's bytes and time.
    '/vanilla/cookieconsent-config.js': `CookieConsent.run(${JSON.stringify(vanillaConfig)})`,
  }),
  page: {
    // Its documented set-up: stylesheet in <head>; script and config file at the end of <body>.
    head: `<link rel="stylesheet" href="/vanilla/cookieconsent.css">\n${vendorTags(true)}`,
    bodyEnd: '<script src="/vanilla/cookieconsent.umd.js"></script>\n<script src="/vanilla/cookieconsent-config.js"></script>',
    preferencesLink: '<a href="#" data-cc="show-preferencesModal">Cookie settings</a>',
  },
  banner: '#cc-main .cm',
  accept: '#cc-main .cm [data-role="all"]',
  preferences: '#cc-main .cm [data-role="show"]',
  dialog: '#cc-main .pm',
  ownPath: '/vanilla/',
  // The format its run() reads back (cc_cookie): see validConsent in cookieconsent.esm.js.
  cookie: () => ({
    name: 'cc_cookie',
    value: encodeURIComponent(JSON.stringify({
      categories: ['necessary', ...CATEGORIES], revision: 0, data: null,
      consentTimestamp: now(), consentId: '00000000-0000-4000-8000-000000000000',
      services: Object.fromEntries(['necessary', ...CATEGORIES].map((c) => [c, Object.keys(vanillaConfig.categories[c].services || {})])),
      languageCode: 'en', lastConsentTimestamp: now(), expirationTime: Date.now() + 182 * 864e5,
    })),
  }),
}

const none = {
  name: 'none',
  label: 'no consent tool',
  files: () => ({}),
  page: { head: vendorTags(false), preferencesLink: '' },
  ownPath: null,
}

// The option for sites without Consent Mode or autoBlock: the page need not wait for consentry.js.
const consentryAsync = {
  ...consentry,
  name: 'consentry-async',
  label: 'Consentry, async',
  page: { ...consentry.page, head: consentry.page.head.replace('<script src="/consentry/consentry.js">', '<script async src="/consentry/consentry.js">') },
}
if (!consentryAsync.page.head.includes('<script async src=')) throw new Error('bench: the async set-up did not find the Consentry script tag')

export const TOOLS = [consentry, consentryAsync, vanilla, none]
