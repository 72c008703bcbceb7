import { atom } from 'nanostores'
import type { ConsentRecord, ResolvedConfig, View } from './types'

/**
 * The single source of truth. Everything else (gating, integrations, UI,
 * the page's listeners) derives from these atoms and never keeps its own copy.
 */
export const $config = atom<ResolvedConfig | null>(null)

/** The valid decision, or null when a decision is due. */
export const $consent = atom<ConsentRecord | null>(null)

/** What the UI should show. */
export const $view = atom<View>('none')
