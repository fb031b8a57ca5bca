import { useMemo, useRef, useState, type ReactNode } from 'react'
import {
  DEFAULT_MAX_IMPORT_BYTES,
  inspectImport,
  textProblem,
  type ImportResult,
} from '../../core/import/inspect-import.ts'
import { analyzeOffThreadAbove } from '../../store/deferred-analysis.ts'
import { dismissNotice } from '../../store/intents/dismiss-notice.ts'
import { loadDocument } from '../../store/intents/load-document.ts'
import { showNotice } from '../../store/intents/show-notice.ts'
import type { LoadSource } from '../../store/studio-state.ts'
import type { ShelvedDraft } from '../../store/tab-drafts.ts'
import { useStudioStore } from '../studio-context.ts'
import { ChooseCanaryDialog } from './ChooseCanaryDialog.tsx'
import { ConfirmReplaceDialog } from './ConfirmReplaceDialog.tsx'
import { formatDraftSize } from './draft-format.ts'
import { IoContext, type IoActions } from './io-context.ts'
import type { IoDialog, PendingLoad } from './io-dialog-state.ts'
import { LargeDraftOffer } from './LargeDraftOffer.tsx'
import { OtherDrafts } from './OtherDrafts.tsx'
import { PasteDialog } from './PasteDialog.tsx'
import { readImportFile } from './read-import-file.ts'
import { replaceReason } from './replace-reason.ts'
import { shareCurrentDocument } from './share-actions.ts'
import { TemplatesDialog } from './TemplatesDialog.tsx'
import { useGlobalShortcuts } from './use-global-shortcuts.ts'
import { useShareLinkOnStart, type StartupDraft } from './use-share-link-on-start.ts'
import { useWindowImport } from './use-window-import.ts'
import './io.css'

const strayPaste = 'The pasted text holds no Canary, so it was not opened. To open it anyway, use Paste….'
const keptLargeDraft =
  'Your large draft is kept: New lists it with the other autosaved drafts, to open when you want it.'

/** Owns the import/template/share dialogs and the window-wide shortcuts, drop and paste; provides their actions. */
export function IoProvider({
  startupDraft,
  inspectLarge,
  children,
}: {
  readonly startupDraft: StartupDraft
  /** Checks a large file away from the page's thread (the app's analysis worker); without it, checks in place. */
  readonly inspectLarge?: (text: string) => Promise<ImportResult>
  readonly children: ReactNode
}) {
  const store = useStudioStore()
  const [dialog, setDialog] = useState<IoDialog | undefined>()
  const fileInput = useRef<HTMLInputElement>(null)
  const [largeDraft, setLargeDraft] = useState(startupDraft.largeDraft)
  const close = () => setDialog(undefined)

  const io = useMemo<IoActions>(() => {
    const load = ({ text, source, canaryIndex, problem, onLoaded }: PendingLoad) => {
      loadDocument(store, text, source, canaryIndex)
      onLoaded?.()
      if (problem) showNotice(store, { kind: 'error', message: problem })
      setDialog(undefined)
    }
    // Loading resets history, so unsaved edits or a restored draft are only replaced after the user agrees.
    const loadOrConfirm = (pending: PendingLoad) => {
      const reason = replaceReason(store.getState(), startupDraft.restoredText)
      if (reason) setDialog({ kind: 'confirm-replace', load: pending, reason })
      else load(pending)
    }
    const refuse = (message: string) => {
      showNotice(store, { kind: 'error', message })
      return message
    }
    const importText = (text: string, source: LoadSource, isStray = false) => {
      const refusal = textProblem(text, DEFAULT_MAX_IMPORT_BYTES)
      if (refusal !== undefined) return refuse(refusal)
      if (inspectLarge && text.length > analyzeOffThreadAbove) {
        showNotice(store, { kind: 'info', message: `Reading the file (${formatDraftSize(text)})…` })
        void inspectLarge(text).then((result) => {
          dismissNotice(store)
          openInspected(result, source, isStray)
        })
        return undefined
      }
      return openInspected(inspectImport(text), source, isStray)
    }
    const openInspected = (result: ImportResult, source: LoadSource, isStray: boolean) => {
      if (!result.ok) return refuse(result.message)
      if (isStray && result.canaries.length === 0) return refuse(strayPaste)
      const pending = {
        text: result.text,
        source,
        ...(result.problem === undefined ? {} : { problem: result.problem }),
      }
      if (result.canaries.length > 1)
        setDialog({
          kind: 'choose-canary',
          load: pending,
          canaries: result.canaries,
          documentCount: result.documentCount,
        })
      else loadOrConfirm({ ...pending, canaryIndex: result.canaries[0]?.documentIndex })
      return undefined
    }
    return {
      importText,
      importFile: (file) =>
        void readImportFile(file).then((r) =>
          r.ok ? void importText(r.text, 'file') : showNotice(store, { kind: 'error', message: r.message }),
        ),
      openFilePicker: () => fileInput.current?.click(),
      openPaste: () => setDialog({ kind: 'paste' }),
      openTemplates: () => setDialog({ kind: 'templates' }),
      share: () => void shareCurrentDocument(store),
      loadOrConfirm,
      load,
    }
  }, [store, startupDraft, inspectLarge])

  useGlobalShortcuts(store)
  useWindowImport(io)
  useShareLinkOnStart(store, startupDraft, (pending, reason) =>
    reason
      ? setDialog({ kind: 'confirm-replace', load: pending, reason })
      : loadDocument(store, pending.text, pending.source),
  )

  // A draft from another tab or set aside at start-up: once opened here, this tab takes it over.
  const openShelved = (draft: ShelvedDraft) =>
    io.loadOrConfirm({
      text: draft.text,
      source: 'autosave',
      onLoaded: () => {
        startupDraft.shelf?.takeOver(draft)
        setLargeDraft((offered) => (offered?.key === draft.key ? undefined : offered))
      },
    })

  return (
    <IoContext value={io}>
      {children}
      {largeDraft && (
        <LargeDraftOffer
          draft={largeDraft}
          onOpen={() => openShelved(largeDraft)}
          onKeep={() => {
            setLargeDraft(undefined)
            showNotice(store, { kind: 'info', message: keptLargeDraft })
          }}
        />
      )}
      <input
        ref={fileInput}
        type="file"
        accept=".yaml,.yml,application/yaml,text/yaml,text/plain"
        hidden
        data-testid="import-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) io.importFile(file)
        }}
      />
      {dialog?.kind === 'templates' && (
        <TemplatesDialog onClose={close} onChoose={(text) => io.loadOrConfirm({ text, source: 'template' })}>
          {startupDraft.shelf && (
            <OtherDrafts shelf={startupDraft.shelf} currentText={store.getState().text} onOpen={openShelved} />
          )}
        </TemplatesDialog>
      )}
      {dialog?.kind === 'paste' && <PasteDialog onClose={close} onImport={(text) => io.importText(text, 'paste')} />}
      {dialog?.kind === 'choose-canary' && (
        <ChooseCanaryDialog
          canaries={dialog.canaries}
          documentCount={dialog.documentCount}
          onClose={close}
          onChoose={(canaryIndex) => io.loadOrConfirm({ ...dialog.load, canaryIndex })}
        />
      )}
      {dialog?.kind === 'confirm-replace' && (
        <ConfirmReplaceDialog reason={dialog.reason} onClose={close} onConfirm={() => io.load(dialog.load)} />
      )}
    </IoContext>
  )
}
