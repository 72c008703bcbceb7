// The classic script build's decision engine (dist/consentry-engine.js): the
// core loads this file when the visitor heads for a choice, or on the first
// decision, and reads window.ConsentryEngine.
import { decisionEngine } from './decision'

;(window as any).ConsentryEngine = decisionEngine
