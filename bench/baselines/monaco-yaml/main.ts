/// <reference types="vite/client" />
// Baseline for bench/run.ts: the slim Monaco build with YAML only and monaco-yaml, with the same two workarounds as
// src/ui/editor/monaco-setup.ts (the deep-path alias lives in the bench's build config) and a tiny inline schema.
import * as monaco from 'monaco-editor/editor'
import 'monaco-editor/features/register.all'
import 'monaco-editor/languages/definitions/yaml/register'
import { configureMonacoYaml } from 'monaco-yaml'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import YamlWorker from './yaml.worker?worker'

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'yaml' ? new YamlWorker() : new EditorWorker()),
}

interface LegacyWorkerOptions {
  moduleId?: string
  label?: string
  createData?: unknown
  host?: Record<string, (...args: unknown[]) => unknown>
  keepIdleModels?: boolean
}

const legacyCreateWebWorker = (o: LegacyWorkerOptions) =>
  monaco.editor.createWebWorker({
    host: o.host,
    keepIdleModels: o.keepIdleModels,
    worker: Promise.resolve(self.MonacoEnvironment!.getWorker!(o.moduleId ?? '', o.label ?? '')).then((w) => {
      w.postMessage('ignore')
      w.postMessage(o.createData)
      return w
    }),
  })

const uri = monaco.Uri.parse('file:///baseline.yaml')
configureMonacoYaml(
  { ...monaco, editor: { ...monaco.editor, createWebWorker: legacyCreateWebWorker } },
  {
    enableSchemaRequest: false,
    format: { enable: false },
    schemas: [{ uri: 'https://baseline.local/schema.json', fileMatch: [uri.toString()], schema: { type: 'object', properties: { replicas: { type: 'integer', minimum: 1 } } } }],
  },
)

const host = document.getElementById('editor')
if (host) monaco.editor.create(host, { model: monaco.editor.createModel('replicas: 1\n', 'yaml', uri), automaticLayout: true, minimap: { enabled: false } })

// With ?perf, the same keystroke marks as the app (src/ui/perf-marks.ts) and the same test hook the bench drives, so
// the bench can type the same keys here: what a keystroke costs in Monaco + monaco-yaml alone.
declare global {
  interface Window {
    __canaryStudioEditor?: { selectText: (needle: string) => boolean; setText: (text: string) => void }
  }
}
const editor = monaco.editor.getEditors()[0]
const model = editor?.getModel()
if (editor && model && new URLSearchParams(window.location.search).has('perf')) {
  let start: number | null = null
  let pendingPaint: number | null = null
  window.addEventListener('keydown', (event) => (start = event.timeStamp), true)
  const channel = new MessageChannel()
  channel.port1.onmessage = () => {
    if (pendingPaint !== null) performance.measure('input→painted:text', { start: pendingPaint, end: performance.now() })
    pendingPaint = null
  }
  model.onDidChangeContent(() => {
    if (start === null) return
    const from = start
    start = null
    performance.measure('input→commit:text', { start: from, end: performance.now() })
    queueMicrotask(() =>
      queueMicrotask(() => {
        performance.measure('input→views:text', { start: from, end: performance.now() })
        pendingPaint = from
        requestAnimationFrame(() => channel.port2.postMessage(null))
      }),
    )
  })
  window.__canaryStudioEditor = {
    setText: (text) => model.setValue(text),
    selectText: (needle) => {
      const match = model.findMatches(needle, false, false, true, null, false)[0]
      if (!match) return false
      editor.setSelection(match.range)
      editor.revealRangeInCenter(match.range)
      editor.focus()
      return true
    },
  }
}
