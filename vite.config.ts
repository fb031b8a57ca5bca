import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// Monaco >= 0.56 changed its exports map; monaco-yaml's worker still imports the old deep paths.
const monacoDeepPathAlias = { find: /^monaco-editor\/esm\/vs\/(.*?)(\.js)?$/, replacement: 'monaco-editor/$1' }

export default defineConfig({
  plugins: [react()],
  resolve: { alias: [monacoDeepPathAlias] },
  optimizeDeps: { include: ['monaco-yaml/yaml.worker'] },
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 5000, target: 'es2022' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
})
