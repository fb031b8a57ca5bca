import { createContext, useContext } from 'react'
import type { LoadSource } from '../../store/studio-state.ts'
import type { PendingLoad } from './io-dialog-state.ts'

/** The import, template and share actions the toolbar, keyboard and drop targets share. */
export interface IoActions {
  /**
   * Checks a text (opened, pasted, dropped) and loads it, asking first when it would replace edits; returns why it
   * was refused (binary or too large). A text that does not parse or holds no Canary loads with its problem shown.
   * `isStray`: pasted outside any text field, so only taken when it holds a Canary.
   */
  readonly importText: (text: string, source: LoadSource, isStray?: boolean) => string | undefined
  /** Reads a File's bytes (refusing large or binary ones) and imports it. */
  readonly importFile: (file: File) => void
  readonly openFilePicker: () => void
  readonly openPaste: () => void
  readonly openTemplates: () => void
  readonly share: () => void
  /** Loads now, or first asks when there are unsaved edits. */
  readonly loadOrConfirm: (pending: PendingLoad) => void
  /** Loads now and closes any dialog. */
  readonly load: (pending: PendingLoad) => void
}

/** Provided by IoProvider around the workspace. */
export const IoContext = createContext<IoActions | null>(null)

/** The import/share actions; only inside IoProvider. */
export function useIo(): IoActions {
  const io = useContext(IoContext)
  if (!io) throw new Error('useIo must be used inside <IoProvider>')
  return io
}
