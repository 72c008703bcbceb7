import type { ServiceConfig } from '../core/types'
import type { ServiceFactory } from './define'
import { resolveService } from './resolve'
import { bootstrapCdn } from './bootstrap-cdn'
import { cdnjs } from './cdnjs'
import { cloudflare } from './cloudflare'
import { facebookPixel } from './facebook-pixel'
import { facebookSocial } from './facebook-social'
import { fontAwesomeCdn } from './font-awesome-cdn'
import { googleAds } from './google-ads'
import { googleAnalytics } from './google-analytics'
import { googleMaps } from './google-maps'
import { googleTagManager } from './google-tag-manager'
import { hotjar } from './hotjar'
import { instagram } from './instagram'
import { linkedinInsight } from './linkedin-insight'
import { microsoftClarity } from './microsoft-clarity'
import { pinterest } from './pinterest'
import { tiktokPixel } from './tiktok-pixel'
import { vimeo } from './vimeo'
import { x } from './x'
import { youtube } from './youtube'

/**
 * Every catalogue factory by id, for the script-tag build, where a config can
 * only name services (`services: ['google-analytics']`). Importing this pulls in
 * the whole catalogue: ES-module code imports single factories instead.
 */
export const catalogue: Record<string, ServiceFactory> = {
  'google-analytics': googleAnalytics,
  'google-tag-manager': googleTagManager,
  'google-ads': googleAds,
  hotjar,
  'microsoft-clarity': microsoftClarity,
  'facebook-pixel': facebookPixel,
  'linkedin-insight': linkedinInsight,
  'tiktok-pixel': tiktokPixel,
  youtube,
  vimeo,
  'facebook-social': facebookSocial,
  x,
  instagram,
  pinterest,
  'google-maps': googleMaps,
  cloudflare,
  'bootstrap-cdn': bootstrapCdn,
  cdnjs,
  'font-awesome-cdn': fontAwesomeCdn,
}

/**
 * The script build's lookup for `resolveConfig`: a catalogue id becomes its
 * entry; an object with a catalogue id is laid over that entry field by field.
 */
export const lookupService = (entry: ServiceConfig | string): ServiceConfig | undefined => resolveService(entry, catalogue)
