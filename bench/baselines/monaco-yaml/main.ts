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
