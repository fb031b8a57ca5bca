import { existsSync } from 'node:fs'

/** The Chromium to drive: $CHROMIUM_PATH, Debian's, or undefined (Playwright's own download, where that works). */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => typeof p === 'string' && p.length > 0,
  )
  return candidates.find((p) => existsSync(p))
}
