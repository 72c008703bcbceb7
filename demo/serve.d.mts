export interface StartServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number
  /** The repository; mounts are relative to it. */
  root?: string
  host?: string
  /** Extra URL prefixes (`'/test-pages/'`) mapped to folders relative to `root`. */
  mounts?: Record<string, string>
}

export interface RunningServer {
  /** Base URL ending in `/`. */
  url: string
  close(): Promise<void>
}

export function startServer(options?: StartServerOptions): Promise<RunningServer>
