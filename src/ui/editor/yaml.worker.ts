// A local entry so Vite bundles the worker with its CommonJS dependencies (monaco-yaml FAQ; toolchain.md §4).
import 'monaco-yaml/yaml.worker'
