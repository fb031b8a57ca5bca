import { downloadFileName, type ExportScope } from '../../core/export/download-file-name.ts'
import { clipboardRefusal } from '../../core/export/clipboard-safety.ts'
import { exportCanaryOnly, exportEverything } from '../../core/export/export-text.ts'
import { kubectlApplyHeredoc } from '../../core/export/kubectl-heredoc.ts'
import { showNotice } from '../../store/intents/show-notice.ts'
import { selectShownCanary } from '../../store/selectors.ts'
import type { StudioStore } from '../../store/studio-state.ts'
import { copyText } from './clipboard.ts'

/** The text an export writes: the Canary's own document, or the whole file; byte for byte as edited. */
export function exportedText(
  store: StudioStore,
  scope: ExportScope,
): { ok: true; text: string } | { ok: false; message: string } {
  const { text, analysis } = store.getState()
  if (scope === 'everything') return { ok: true, text: exportEverything(text) }
  return exportCanaryOnly(text, analysis.parsed)
}

/** Saves the text as a file through the browser's download (no server involved). */
export function downloadText(fileName: string, text: string): void {
  // application/yaml with no charset conversion: the Blob holds the string's UTF-8 bytes exactly.
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke later: Chromium reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Downloads the Canary (`<name>.yaml`) or the whole file (`<name>-all.yaml`). */
export function downloadExport(store: StudioStore, scope: ExportScope): void {
  const result = exportedText(store, scope)
  if (!result.ok) return showNotice(store, { kind: 'error', message: result.message })
  downloadText(downloadFileName(selectShownCanary(store.getState()), scope), result.text)
}

/** Copies the Canary's YAML, or a `kubectl apply` heredoc of it, to the clipboard and says how it went. */
export async function copyExport(store: StudioStore, as: 'yaml' | 'heredoc'): Promise<void> {
  const result = exportedText(store, 'canary')
  if (!result.ok) return showNotice(store, { kind: 'error', message: result.message })
  const what = as === 'yaml' ? 'the Canary YAML' : 'the kubectl apply command'
  const refusal = clipboardRefusal(result.text, 'the Canary YAML')
  if (refusal !== undefined) return showNotice(store, { kind: 'error', message: refusal })
  const copied = await copyText(as === 'yaml' ? result.text : kubectlApplyHeredoc(result.text), what)
  showNotice(store, { kind: copied.ok ? 'info' : 'error', message: copied.message })
}
