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
import { fillModel, type ModelFill } from './fill-model.ts'
import { interceptLargePaste } from './large-paste.ts'
import { syncModelText } from './sync-model.ts'
import { exposeTestHook } from './test-hook.ts'

/**
 * Above half a million characters every feature that reads the text's brackets goes off. Monaco keeps one bracket
 * tree per model and re-parses the whole text into it whenever a render, the cursor or the active-pair guide asks for
 * brackets after a change (a query of 80,000 `{{ }}` actions: a 300 ms task at every render).
 */
const isLargeModel = (length: number) => length > 500_000
/** Above this many characters a new text reaches the model in a task after the store's (see syncFromStore). */
const syncInOwnTaskAbove = 1_000_000
const bracketOptions = (large: boolean) => ({
  bracketPairColorization: { enabled: !large },
  matchBrackets: large ? ('never' as const) : ('always' as const),
  guides: { highlightActiveBracketPair: !large },
})

/**
 * Colouring is the model's option (Monaco reads the editor's only from global settings), and changing it rebuilds
 * the bracket tree at once: so it changes while the model holds the small text, before a large one comes in and
 * after a large one has gone.
 */
function setBracketFeatures(
  editor: monaco.editor.IStandaloneCodeEditor,
  model: monaco.editor.ITextModel,
  large: boolean,
) {
  editor.updateOptions(bracketOptions(large))
  model.updateOptions({ bracketColorizationOptions: { enabled: !large, independentColorPoolPerBracketType: false } })
}

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
      ...bracketOptions(isLargeModel(text.length)),
    })
    if (isLargeModel(text.length)) setBracketFeatures(editor, model, true)
    setDiagnosticMarkers(monaco, model, analysis.diagnostics)
    const highlight = editor.createDecorationsCollection()

    // A text over a million characters reaches the model in tasks of its own: Monaco taking in a 5 MB file is a
    // long task by itself, and joined to the store update and the views' render it held the page past 200 ms (#18).
    // A new document that large is given in parts (fillModel), the editor read-only until the last is in.
    let deferredSync: ReturnType<typeof setTimeout> | undefined
    let fill: ModelFill | undefined
    // True while the first part goes in: fillModel has not returned its handle yet.
    let startingFill = false
    const isSyncing = () => deferredSync !== undefined || fill !== undefined || startingFill
    const hostElement = host.current
    // Marked on the host too, so a test can wait for the last part without reading 5 MB out of the editor.
    const setFilling = (filling: boolean) => {
      editor.updateOptions({ readOnly: filling })
      hostElement.toggleAttribute('data-filling', filling)
    }
    // Where the cursor goes once the store's text is in the model (the end of a paste taken from Monaco).
    let cursorAfterSync: number | undefined
    const placeCursor = () => {
      if (cursorAfterSync === undefined) return
      const position = model.getPositionAt(cursorAfterSync)
      cursorAfterSync = undefined
      editor.setPosition(position)
      editor.revealPositionInCenterIfOutsideViewport(position)
    }
    const fillFinished = () => {
      fill = undefined
      setFilling(false)
      if (model.getValue() === modelTextOf(store.getState().text)) {
        setDiagnosticMarkers(monaco, model, store.getState().analysis.diagnostics)
        placeCursor()
      } else syncFromStore()
    }
    const syncFromStore = () => {
      deferredSync = undefined
      fill?.cancel()
      fill = undefined
      const shown = modelTextOf(store.getState().text)
      if (shown === model.getValue()) return
      syncModelText(model, shown, (whole) => {
        setFilling(true)
        startingFill = true
        try {
          fill = fillModel(model, whole, fillFinished)
        } finally {
          startingFill = false
        }
      })
      if (!fill) {
        setDiagnosticMarkers(monaco, model, store.getState().analysis.diagnostics)
        placeCursor()
      }
    }

    // Our own echo (the store pushed this text) compares equal and stops here: no write-back loop. While a store
    // text waits to reach the model, or is still being filled in, what the model reports is not news.
    let handingOver = false // the model's own change is going to the store: the model already holds that text
    const onChange = model.onDidChangeContent((event) => {
      if (isSyncing()) return
      const value = model.getValue()
      const document = store.getState().text
      const [only] = event.changes.length === 1 ? event.changes : []
      const edit = only && { from: only.rangeOffset, to: only.rangeOffset + only.rangeLength }
      if (value === modelTextOf(document)) return
      handingOver = true
      try {
        replaceText(store, documentTextAfterEdit(document, value, edit), 'editor')
      } finally {
        handingOver = false
      }
    })
    // A paste of half a megabyte or more goes to the store as an editor change, and its text comes back to the model
    // like an opened file's (in parts above a million characters): one undo step, no long task in Monaco.
    const removePasteInterceptor = interceptLargePaste(
      hostElement,
      editor,
      isSyncing,
      ({ modelText, replaced, end }) => {
        cursorAfterSync = end
        replaceText(store, documentTextAfterEdit(store.getState().text, modelText, replaced), 'editor')
      },
    )
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.text !== previous.text) {
        // Options only change when the text crosses the size, not on every keystroke, and never on a large text.
        const large = isLargeModel(state.text.length)
        const crossing = large !== isLargeModel(previous.text.length)
        if (crossing && large) setBracketFeatures(editor, model, true)
        // Typing in a large text must not wait for a sync: a key pressed before it ran would be ignored, then undone.
        if (state.text.length > syncInOwnTaskAbove) {
          if (!handingOver) deferredSync ??= setTimeout(syncFromStore)
        } else {
          clearTimeout(deferredSync)
          syncFromStore()
        }
        if (crossing && !large) setBracketFeatures(editor, model, false)
      }
      if (state.analysis !== previous.analysis && !isSyncing())
        setDiagnosticMarkers(monaco, model, state.analysis.diagnostics)
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
      clearTimeout(deferredSync)
      fill?.cancel()
      removeHook()
      removePasteInterceptor()
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
