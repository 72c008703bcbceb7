// The classic script build's UI chunk (dist/consentry-ui.js): the core loads
// this file when something must be shown and calls window.ConsentryUI.mount(host),
// or when a decision is made and calls window.ConsentryUI.engine.
import { decisionEngine as engine } from '../core/decision'
import { mount } from './index'

;(window as any).ConsentryUI = { mount, engine }
