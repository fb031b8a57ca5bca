import { StrictMode, startTransition } from 'react'
import type { Root } from 'react-dom/client'
import { podinfoCanaryYaml } from '../core/samples/podinfo.ts'
import { DRAFT_KEY } from '../store/autosave.ts'
import { createStudioStore } from '../store/create-studio-store.ts'
import { isLargeDraft } from '../store/large-drafts.ts'
import { createTabDraftTarget, draftShelf, startingDraftKey, tabIdOf, type ShelvedDraft } from '../store/tab-drafts.ts'
import { App } from './App.tsx'
import { browserSessionStorage, browserStorage, newTabId, startAutosave } from './start-autosave.ts'
import { startingDocument } from './starting-document.ts'
import { rememberTheme, savedTheme } from './theme-preference.ts'
import AnalysisWorker from './analysis.worker.ts?worker'
import { inspectInWorker } from './inspect-in-worker.ts'
import { createWorkerAnalysisRunner } from './worker-analysis-runner.ts'

/**
 * Creates the store (this tab's autosaved draft, else the shared one, else the sample; a large draft is offered, not
 * opened) and renders the workspace in place of the app shell.
 */
export function startStudio(root: Root): void {
  const storage = browserStorage()
  const tab = tabIdOf(browserSessionStorage(), newTabId)
  const draftKey = storage ? startingDraftKey(storage, tab) : DRAFT_KEY
  const start = startingDocument(storage, podinfoCanaryYaml, draftKey, newTabId)
  const target = createTabDraftTarget(tab, draftKey !== DRAFT_KEY)
  const runner = createWorkerAnalysisRunner(() => new AnalysisWorker())
  const store = createStudioStore(start.text, { theme: savedTheme(), notice: start.notice }, runner)
  rememberTheme(store)
  // A large draft opened from the shelf stays where it is until this tab's next save replaces it (start-autosave.ts).
  const opened = new Set<string>()
  const leaveInPlace = (draft: ShelvedDraft) => {
    if (!isLargeDraft(draft.text)) return false
    opened.add(draft.key)
    return true
  }
  const autosaves = storage !== undefined && start.canAutosave
  if (autosaves) startAutosave(store, storage, { target, restoredText: start.restoredText, opened })
  const shelf = storage ? draftShelf(storage, target, autosaves ? leaveInPlace : undefined) : undefined
  // As a transition, the workspace's first render yields to the browser every few milliseconds instead of holding the
  // main thread for all of it (~200 ms on a laptop core); the shell stays on screen until it commits.
  startTransition(() =>
    root.render(
      <StrictMode>
        <App
          store={store}
          startupDraft={{ restoredText: start.restoredText, shelf, largeDraft: start.largeDraft }}
          inspectLarge={inspectInWorker(() => new AnalysisWorker())}
        />
      </StrictMode>,
    ),
  )
}
