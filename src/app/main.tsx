import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { podinfoCanaryYaml } from '../core/samples/podinfo.ts'
import { createStudioStore } from '../store/create-studio-store.ts'
import { App } from './App.tsx'
import { browserStorage, startAutosave, startingText } from './start-autosave.ts'
import { rememberTheme, savedTheme } from './theme-preference.ts'

const storage = browserStorage()
const start = startingText(storage, podinfoCanaryYaml)
const store = createStudioStore(start.text, { theme: savedTheme(), notice: start.notice })
rememberTheme(store)
if (storage) startAutosave(store, storage)

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} startupDraft={{ restoredText: start.restoredText }} />
    </StrictMode>,
  )
}
