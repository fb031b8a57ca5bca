import { useEffect, useRef } from 'react'
import { redo } from '../../store/intents/redo.ts'
import { replaceText } from '../../store/intents/replace-text.ts'
import { undo } from '../../store/intents/undo.ts'
import { useStudioStore } from '../studio-context.ts'
import { useResolvedTheme } from '../theme/use-theme.ts'
import { setDiagnosticMarkers } from './editor-markers.ts'
import { registerQuickFixes } from './editor-quick-fixes.ts'
import { canaryModelUri, monaco } from './monaco-setup.ts'
import { documentTextAfterEdit, modelTextOf } from '../../core/text/model-text.ts'
import { revealFocus } from './reveal-focus.ts'
import { syncModelText } from './sync-model.ts'
import { exposeTestHook } from './test-hook.ts'

/**
 * Above half a million characters Monaco's bracket-pair colouring re-parses every bracket of the text on a render
 * (a query of 80,000 `{{ }}` actions: a 400 ms task), so a document that large goes without it.
 */
const isLargeModel = (length: number) => length > 500_000
const sizeOptions = (length: number) => ({ bracketPairColorization: { enabled: !isLargeModel(length) } })

/** The Monaco YAML editor, bound to the store: its changes become replaceText, store changes minimal model edits. */
export default function YamlEditor() {
  const store = useStudioStore()
  const host = useRef<HTMLDivElement>(null)
  const theme = useResolvedTheme()

  useEffect(() => {
    if (!host.current) return
    const { text, analysis } = store.getState()
    const model =
      monaco.editor.getModel(canaryModelUri) ?? monaco.editor.createModel(modelTextOf(text), 'yaml', canaryModelUri)
    // The model always holds LF lines (see model-text.ts), whatever the platform's default line ending.
    model.setEOL(monaco.editor.EndOfLineSequence.LF)
    syncModelText(model, modelTextOf(text))
    const editor = monaco.editor.create(host.current, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      lineNumbersMinChars: 3,
      tabSize: 2,
      renderLineHighlight: 'line',
      fixedOverflowWidgets: true,
      // Nothing here provides inline (ghost-text) completions, but the feature still asks its providers after
      // every keystroke; schema completions come from the suggest widget.
      inlineSuggest: { enabled: false },
      ariaLabel: 'Canary YAML',
      ...sizeOptions(text.length),
    })
    setDiagnosticMarkers(monaco, model, analysis.diagnostics)
    const highlight = editor.createDecorationsCollection()

    // Our own echo (the store pushed this text) compares equal and stops here: no write-back loop.
    const onChange = model.onDidChangeContent((event) => {
      const value = model.getValue()
      const document = store.getState().text
      const [only] = event.changes.length === 1 ? event.changes : []
      const edit = only && { from: only.rangeOffset, to: only.rangeOffset + only.rangeLength }
      if (value !== modelTextOf(document)) replaceText(store, documentTextAfterEdit(document, value, edit), 'editor')
    })
    const unsubscribe = store.subscribe((state, previous) => {
      // Only a new text can differ from the model: a megabyte model is not copied out for every other change.
      if (state.text !== previous.text) {
        const shown = modelTextOf(state.text)
        if (shown !== model.getValue()) syncModelText(model, shown)
        // Options only change when the text crosses the size, not on every keystroke.
        if (isLargeModel(state.text.length) !== isLargeModel(previous.text.length))
          editor.updateOptions(sizeOptions(state.text.length))
      }
      if (state.analysis !== previous.analysis) setDiagnosticMarkers(monaco, model, state.analysis.diagnostics)
      if (state.focus !== previous.focus) revealFocus(editor, highlight, state.analysis, state.focus)
    })
    // History is the store's: the editor's undo keys step through form and editor changes alike.
    const { KeyMod, KeyCode } = monaco
    editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyZ, () => void undo(store))
    editor.addCommand(KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, () => void redo(store))
    editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyY, () => void redo(store))
    const quickFixes = registerQuickFixes(monaco, editor, store)
    const removeHook = exposeTestHook(editor)
    return () => {
      removeHook()
      quickFixes.dispose()
      unsubscribe()
      onChange.dispose()
      editor.dispose()
      model.dispose()
    }
  }, [store])

  useEffect(() => monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs'), [theme])

  return <div ref={host} className="yaml-editor" data-testid="yaml-editor" />
}
