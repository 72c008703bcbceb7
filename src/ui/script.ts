// The classic script build's UI chunk (dist/consentry-ui.<language>.js): the core loads
// this file when something must be shown and calls its mount(host). It registers under
// its language, so that a chunk fetched ahead for another language (the core guesses
// before the config is checked) never stands in for this one.
import { bannerTables } from './i18n/banner-tables'
import { mountIn } from './index'

const w = window as any
for (const language in bannerTables) w.ConsentryUI = { ...w.ConsentryUI, [language]: { mount: mountIn(language) } }
