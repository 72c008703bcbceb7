// The classic script build's UI chunk (dist/consentry-ui.js): the core loads
// this file when something must be shown and calls window.ConsentryUI.mount(host).
import { mount } from './index'

;(window as any).ConsentryUI = { mount }
