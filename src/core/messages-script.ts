// dist/consentry-messages.js: the words for what the core tells a site owner (config problems
// and the like). consentry.js fetches it only when there is something to tell, so sound sites
// never load it.
import { explainProblems } from './messages'

;(window as any).ConsentryMessages = { explainProblems }
