// As src/ui/editor/yaml.worker.ts: a local entry so Vite bundles the worker's CommonJS dependencies.
import 'monaco-yaml/yaml.worker'
