// The classic script build's floating button (dist/consentry-button.js): the core loads
// this file once a decision exists and calls window.ConsentryButton.start(host).
import { createReopenButton } from './reopen-button'

;(window as any).ConsentryButton = { start: createReopenButton }
