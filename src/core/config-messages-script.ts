// dist/consentry-messages.js: the words for config problems. consentry.js fetches it
// only when the config it was given has one, so sound sites never load it.
import { explainConfig } from './config-messages'

;(window as any).ConsentryMessages = { explainConfig }
