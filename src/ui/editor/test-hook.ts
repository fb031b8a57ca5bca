import type { monaco as Monaco } from './monaco-setup.ts'

/** What the browser tests reach through `window.__canaryStudioEditor`. */
export interface EditorTestHook {
  readonly getText: () => string
  /** The text's length, without building the text (a poll of a 5 MB model would be a long task of the test's own). */
  readonly getTextLength: () => number
  /** Selects the first occurrence of `needle` and focuses the editor; false when it is not in the text. */
  readonly selectText: (needle: string) => boolean
  /** The cursor's 1-based line and column. */
  readonly getCursor: () => { readonly line: number; readonly column: number }
  /** The text of the line the cursor is on. */
  readonly cursorLine: () => string
  /** Replaces the whole text as one edit (like a paste), so the store hears it as the user's change. */
  readonly setText: (text: string) => void
}

declare global {
  interface Window {
    __canaryStudioEditor?: EditorTestHook
  }
}

/** In dev builds, or with `?testHooks` in the URL, exposes a small editor handle for Playwright; returns its removal. */
export function exposeTestHook(editor: Monaco.editor.IStandaloneCodeEditor): () => void {
  const isEnabled = import.meta.env.DEV || new URLSearchParams(window.location.search).has('testHooks')
  if (!isEnabled) return () => {}
  window.__canaryStudioEditor = {
    getText: () => editor.getModel()?.getValue() ?? '',
    getTextLength: () => editor.getModel()?.getValueLength() ?? 0,
    getCursor: () => {
      const at = editor.getPosition()
      return { line: at?.lineNumber ?? 0, column: at?.column ?? 0 }
    },
    setText: (text) => {
      const model = editor.getModel()
      if (!model) return
      editor.executeEdits('test-hook', [{ range: model.getFullModelRange(), text }])
    },
    selectText: (needle) => {
      const model = editor.getModel()
      const at = model?.getValue().indexOf(needle) ?? -1
      if (!model || at < 0) return false
      const start = model.getPositionAt(at)
      const end = model.getPositionAt(at + needle.length)
      editor.setSelection({
        startLineNumber: start.lineNumber,
        startColumn: start.column,
        endLineNumber: end.lineNumber,
        endColumn: end.column,
      })
      editor.revealPositionInCenter(start)
      editor.focus()
      return true
    },
    cursorLine: () => editor.getModel()?.getLineContent(editor.getPosition()?.lineNumber ?? 1) ?? '',
  }
  return () => {
    delete window.__canaryStudioEditor
  }
}
