/** Every console message starts with `[consentry]` so site owners can find ours among theirs. */
const PREFIX = '[consentry] '

export const logError = (message: string): void => console.error(PREFIX + message)

export const logWarning = (message: string): void => console.warn(PREFIX + message)
