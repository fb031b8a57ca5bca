import * as monaco from 'monaco-editor/editor'
import 'monaco-editor/features/register.all'
import 'monaco-editor/languages/definitions/yaml/register'
import { configureMonacoYaml } from 'monaco-yaml'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import YamlWorker from './yaml.worker?worker'
import { canaryJsonSchema } from '../../core/catalog/json-schema.ts'

/** The model URI the schema's fileMatch names; one document is edited at a time. */
export const canaryModelUri = monaco.Uri.parse('file:///canary.yaml')

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

// monaco-yaml 5.5 still calls createWebWorker({ moduleId, label, createData }); Monaco ≥ 0.53 wants { worker }.
// Translate for monaco-yaml only, as Monaco's own workers.js does, leaving the global monaco untouched.
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

configureMonacoYaml(
  { ...monaco, editor: { ...monaco.editor, createWebWorker: legacyCreateWebWorker } },
  {
    enableSchemaRequest: false,
    hover: true,
    completion: true,
    // Markers come from the analysis (parse + catalog + lint), as in the Problems panel; monaco-yaml's own
    // validation would report the same schema and syntax errors a second time, in other words.
    validate: false,
    format: { enable: false },
    schemas: [
      {
        uri: 'https://canary-studio.local/canary.schema.json',
        fileMatch: [canaryModelUri.toString()],
        schema: canaryJsonSchema(),
      },
    ],
  },
)

export { monaco }
