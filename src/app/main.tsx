import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { podinfoCanaryYaml } from '../core/samples/podinfo.ts'
import { createStudioStore } from '../store/create-studio-store.ts'
import { App } from './App.tsx'
import { rememberTheme, savedTheme } from './theme-preference.ts'

const store = createStudioStore(podinfoCanaryYaml, { theme: savedTheme() })
rememberTheme(store)

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  )
}
