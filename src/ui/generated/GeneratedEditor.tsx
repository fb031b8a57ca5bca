import { useEffect, useRef } from 'react'
import type { FieldPath } from '../../core/diagnostic.ts'
import type { ProvenanceEntry } from '../../core/generate/provenance.ts'
import { useResolvedTheme } from '../theme/use-theme.ts'
import { monaco } from '../editor/monaco-setup.ts'
import { syncModelText } from '../editor/sync-model.ts'
import { describeSource, sourceAt, type SourceAt } from './source-at.ts'
import { exposeGeneratedTestHook } from './test-hook.ts'

// Hover contents are Markdown: escape it so paths like spec.http[0] and user-written values stay literal text.
const asPlainMarkdown = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&')

// Its own URI, outside the Canary schema's fileMatch, so monaco-yaml does not lint Istio objects as a Canary.
const generatedModelUri = monaco.Uri.parse('file:///generated-resources.yaml')

interface Props {
  readonly stream: string
  readonly provenance: readonly ProvenanceEntry[]
  /** The generated field under the cursor changed (a click or keyboard move). */
  readonly onCursorSource: (source: SourceAt | undefined) => void
  /** Alt+click: select the Canary field that produced this one. */
  readonly onShowSource: (path: FieldPath) => void
}

/** A read-only Monaco view of the generated stream; hovering a field tells which Canary field produced it. */
export default function GeneratedEditor({ stream, provenance, onCursorSource, onShowSource }: Props) {
  const host = useRef<HTMLDivElement>(null)
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor>(null)
  const latest = useRef({ stream, provenance, onCursorSource, onShowSource })
  // Monaco's listeners are registered once; they read the newest props through this ref.
  useEffect(() => {
    latest.current = { stream, provenance, onCursorSource, onShowSource }
  })
  const theme = useResolvedTheme()

  useEffect(() => {
    if (!host.current) return
    const model = monaco.editor.getModel(generatedModelUri) ?? monaco.editor.createModel('', 'yaml', generatedModelUri)
    const editor = monaco.editor.create(host.current, {
      model,
      readOnly: true,
      domReadOnly: true,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 12,
      lineNumbersMinChars: 3,
      renderLineHighlight: 'line',
      editContext: false,
      fixedOverflowWidgets: true,
      ariaLabel: 'Generated resources (read-only)',
    })
    editorRef.current = editor
    const removeHook = exposeGeneratedTestHook(() => model.getValue())
    const sourceAtPosition = (position: monaco.IPosition) =>
      sourceAt(latest.current.stream, latest.current.provenance, model.getOffsetAt(position))
    const hover = monaco.languages.registerHoverProvider('yaml', {
      provideHover: (hovered, position) => {
        if (hovered.uri.toString() !== generatedModelUri.toString()) return undefined
        const source = sourceAtPosition(position)
        return source ? { contents: [{ value: asPlainMarkdown(describeSource(source)), isTrusted: false, supportHtml: false }] } : undefined
      },
    })
    const cursor = editor.onDidChangeCursorPosition((e) => latest.current.onCursorSource(sourceAtPosition(e.position)))
    const click = editor.onMouseDown((e) => {
      const position = e.target.position
      if (!position || !e.event.altKey) return
      const from = sourceAtPosition(position)?.entry?.from[0]
      if (from) latest.current.onShowSource(from)
    })
    return () => {
      removeHook()
      click.dispose()
      cursor.dispose()
      hover.dispose()
      editor.dispose()
      model.dispose()
      editorRef.current = null
    }
  }, [])

  useEffect(() => {
    const model = editorRef.current?.getModel()
    // One minimal edit, not setValue: Monaco re-tokenizes only the changed lines (a keystroke usually changes a
    // weight or two), and the scroll position stays, so scrubbing the timeline does not jump the view.
    if (model) {
      const scrollTop = editorRef.current?.getScrollTop() ?? 0
      syncModelText(model, stream)
      editorRef.current?.setScrollTop(scrollTop)
    }
  }, [stream])

  useEffect(() => monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs'), [theme])

  return <div ref={host} className="generated__editor" data-testid="generated-editor" />
}
