import '../ui/theme/theme.css'
import '../ui/layout/layout.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { WorkspaceSkeleton } from '../ui/layout/WorkspaceSkeleton.tsx'
import { applySavedTheme } from './theme-preference.ts'

// The entry is the app shell: React and the workspace frame. The studio (YAML parser, analysis, store, views,
// React Flow) is one chunk fetched at once, so the frame paints while it loads and evaluates.
const container = document.getElementById('root')
if (container) {
  applySavedTheme()
  const root = createRoot(container)
  root.render(
    <StrictMode>
      <WorkspaceSkeleton />
    </StrictMode>,
  )
  import('./start-studio.tsx').then(
    ({ startStudio }) => startStudio(root),
    (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error)
      root.render(<WorkspaceSkeleton failure={reason} />)
    },
  )
}
