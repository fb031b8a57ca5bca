import '../ui/theme/theme.css'
import '../ui/layout/layout.css'
import '../ui/form/form.css'
import '../ui/diagram/diagram.css'
import '../ui/timeline/timeline.css'
import '../ui/editor/editor.css'
import type { StudioStore } from '../store/studio-state.ts'
import { Workspace } from '../ui/layout/Workspace.tsx'
import { StudioContext } from '../ui/studio-context.ts'

/** The composition root's component: the store, provided to the workspace. */
export function App({ store }: { readonly store: StudioStore }) {
  return (
    <StudioContext value={store}>
      <Workspace />
    </StudioContext>
  )
}
