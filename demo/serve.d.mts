export interface StartServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number
  /** The repository; mounts are relative to it. */
  root?: string
  host?: string
  /** Extra URL prefixes (`'/test-pages/'`) mapped to folders relative to `root`. */
  mounts?: Record<string, string>
  /** Each proof of consent POSTed to /consent-log: `{ consent, page }`. */
  onConsentLog?: (proof: { consent?: { id?: string; method?: string; updatedAt?: string; categories?: unknown }; page?: string }) => void
}

export interface RunningServer {
  /** Base URL ending in `/`. */
  url: string
  close(): Promise<void>
}

export function startServer(options?: StartServerOptions): Promise<RunningServer>
