// The classic script build's floating button (dist/consentry-button.js): the core loads
// this file once a decision exists and calls window.ConsentryButton(host) (see start-button.ts).
import { createReopenButton } from './reopen-button'

;(window as any).ConsentryButton = createReopenButton
