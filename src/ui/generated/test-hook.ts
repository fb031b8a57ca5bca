declare global {
  interface Window {
    __canaryStudioGenerated?: { readonly getText: () => string }
  }
}

/** In dev builds, or with `?testHooks`, lets Playwright read the whole generated stream (Monaco renders only visible lines). */
export function exposeGeneratedTestHook(getText: () => string): () => void {
  const isEnabled = import.meta.env.DEV || new URLSearchParams(window.location.search).has('testHooks')
  if (!isEnabled) return () => {}
  window.__canaryStudioGenerated = { getText }
  return () => {
    delete window.__canaryStudioGenerated
  }
}
