/**
 * The classic build's catalogue words in one language,
 * `consentry-services.<language>.js`: the UI chunk fetches it beside the
 * dialog chunk, on pages whose config names services by id.
 */
import { words } from 'consentry:catalogue-parts'
import type { ServiceWords } from './parts'

;(window as { ConsentryServiceWords?: Record<string, ServiceWords> }).ConsentryServiceWords = words
