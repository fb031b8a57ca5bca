import { StrictMode } from 'react'
import type { Root } from 'react-dom/client'
import { podinfoCanaryYaml } from '../core/samples/podinfo.ts'
import { createStudioStore } from '../store/create-studio-store.ts'
import { App } from './App.tsx'
import { browserStorage, startAutosave, startingText } from './start-autosave.ts'
import { rememberTheme, savedTheme } from './theme-preference.ts'

/** Creates the store (autosaved text, else the sample) and renders the workspace in place of the app shell. */
export function startStudio(root: Root): void {
  const storage = browserStorage()
  const start = startingText(storage, podinfoCanaryYaml)
  const store = createStudioStore(start.text, { theme: savedTheme(), notice: start.notice })
  rememberTheme(store)
  if (storage) startAutosave(store, storage)
  root.render(
    <StrictMode>
      <App store={store} startupDraft={{ restoredText: start.restoredText }} />
    </StrictMode>,
  )
}
