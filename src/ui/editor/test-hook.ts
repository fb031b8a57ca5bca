import type { monaco as Monaco } from './monaco-setup.ts'

/** What the browser tests reach through `window.__canaryStudioEditor`. */
export interface EditorTestHook {
  readonly getText: () => string
  /** Puts the cursor just after the first occurrence of `needle`; false when it is not in the text. */
  readonly placeCursorAfter: (needle: string) => boolean
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
    placeCursorAfter: (needle) => {
      const model = editor.getModel()
      const at = model?.getValue().indexOf(needle) ?? -1
      if (!model || at < 0) return false
      const position = model.getPositionAt(at + needle.length)
      editor.setPosition(position)
      editor.revealPositionInCenter(position)
      editor.focus()
      return true
    },
  }
  return () => {
    delete window.__canaryStudioEditor
  }
}
