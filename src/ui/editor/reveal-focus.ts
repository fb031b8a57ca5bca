import type { Analysis } from '../../core/analyze.ts'
import { nearestRangeOf } from '../../core/document/ranges.ts'
import type { Focus } from '../../store/studio-state.ts'
import type { monaco as Monaco } from './monaco-setup.ts'

/**
 * Shows the focused field in the editor: a problem chosen in a panel selects it and moves the keyboard there;
 * a form field being edited is only highlighted, so typing stays in the form; a diagram element selects it but keeps the keyboard.
 */
export function revealFocus(
  editor: Monaco.editor.IStandaloneCodeEditor,
  highlight: Monaco.editor.IEditorDecorationsCollection,
  analysis: Analysis,
  focus: Focus | undefined,
): void {
  if (focus?.at) {
    // A YAML syntax error: the cursor goes to its line and column, and the keyboard with it.
    highlight.clear()
    const position = { lineNumber: focus.at.line, column: focus.at.column }
    editor.setPosition(position)
    editor.revealPositionInCenterIfOutsideViewport(position)
    editor.focus()
    return
  }
  const range = focus && focus.source !== 'editor' ? nearestRangeOf(analysis.parsed, focus.path) : undefined
  if (!focus || !range) {
    highlight.clear()
    return
  }
  const monacoRange = {
    startLineNumber: range.start.line,
    startColumn: range.start.column,
    endLineNumber: range.end.line,
    endColumn: range.end.column,
  }
  if (focus.source === 'form') {
    highlight.set([{ range: monacoRange, options: { isWholeLine: true, className: 'yaml-editor__focused-line' } }])
    editor.revealRangeInCenterIfOutsideViewport(monacoRange)
    return
  }
  highlight.clear()
  editor.setSelection(monacoRange)
  editor.revealRangeInCenterIfOutsideViewport(monacoRange)
  // A node chosen in the diagram keeps the keyboard there, so Tab/Enter can go on through the diagram; a field
  // found by the form's search takes it in the form.
  if (focus.source !== 'diagram' && focus.source !== 'search') editor.focus()
}
