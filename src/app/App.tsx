import '../ui/theme/theme.css'
import '../ui/layout/layout.css'
import '../ui/form/form.css'
import '../ui/diagram/diagram.css'
import '../ui/timeline/timeline.css'
import '../ui/editor/editor.css'
import type { ImportResult } from '../core/import/inspect-import.ts'
import type { StudioStore } from '../store/studio-state.ts'
import { IoProvider } from '../ui/io/IoProvider.tsx'
import type { StartupDraft } from '../ui/io/use-share-link-on-start.ts'
import { Workspace } from '../ui/layout/Workspace.tsx'
import { StudioContext } from '../ui/studio-context.ts'

/** The composition root's component: the store, provided to the workspace with its import/export layer. */
export function App({
  store,
  startupDraft = { restoredText: undefined },
  inspectLarge,
}: {
  readonly store: StudioStore
  readonly startupDraft?: StartupDraft
  readonly inspectLarge?: (text: string) => Promise<ImportResult>
}) {
  return (
    <StudioContext value={store}>
      <IoProvider startupDraft={startupDraft} inspectLarge={inspectLarge}>
        <Workspace />
      </IoProvider>
    </StudioContext>
  )
}
