import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'

// Monaco >= 0.56 changed its exports map; monaco-yaml's worker still imports the old deep paths.
const monacoDeepPathAlias = { find: /^monaco-editor\/esm\/vs\/(.*?)(\.js)?$/, replacement: 'monaco-editor/$1' }

/**
 * The Content-Security-Policy of the built app (docs/performance.md#security). No inline script and no other
 * origin. style-src needs 'unsafe-inline': React Flow positions nodes with style attributes and Monaco writes
 * <style> elements at run time (token colours, decorations); scripts stay 'self' only. Monaco's workers are
 * module workers from our own origin ('self').
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

// Build only: the dev server injects an inline script (React refresh) that this policy would block.
// frame-ancestors is ignored in a <meta> policy, so hosts send it as a header (the preview server does).
const cspMetaTag: Plugin = {
  name: 'canary-studio:csp',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' }],
}

export default defineConfig({
  plugins: [react(), cspMetaTag],
  resolve: { alias: [monacoDeepPathAlias] },
  optimizeDeps: { include: ['monaco-yaml/yaml.worker'] },
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 5000, target: 'es2022' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', headers: { 'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'` } },
})
