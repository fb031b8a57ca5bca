import { useRef } from 'react'
import { useStudioStore, useStudio } from '../studio-context.ts'
import { copyExport, downloadExport } from './export-actions.ts'
import { useIo } from './io-context.ts'

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const saveKeys = isMac ? '⌘S' : 'Ctrl+S'

/** New (templates), Open/Paste, Export (download, copy, kubectl heredoc) and Share, for the toolbar. */
export function IoToolbar() {
  const store = useStudioStore()
  const io = useIo()
  const menu = useRef<HTMLDetailsElement>(null)
  const documentCount = useStudio((s) => s.analysis.parsed.documents.length)
  const run = (action: () => void) => () => {
    if (menu.current) menu.current.open = false
    action()
  }
  return (
    <div className="io-toolbar">
      <button type="button" className="button" onClick={io.openTemplates} title="Start from a template">
        New
      </button>
      <button
        type="button"
        className="button"
        onClick={io.openFilePicker}
        title="Open a YAML file (or drop one on the window)"
      >
        Open…
      </button>
      <button type="button" className="button" onClick={io.openPaste} title="Paste a YAML document">
        Paste…
      </button>
      <details className="io-menu" ref={menu}>
        <summary className="button" title={`Download or copy the YAML (${saveKeys} downloads)`}>
          Export
        </summary>
        <div className="io-menu__items" role="menu">
          <button type="button" role="menuitem" onClick={run(() => downloadExport(store, 'canary'))}>
            Download Canary{documentCount > 1 ? '' : ` (${saveKeys})`}
          </button>
          {documentCount > 1 && (
            <button type="button" role="menuitem" onClick={run(() => downloadExport(store, 'everything'))}>
              Download whole file, {documentCount} documents ({saveKeys})
            </button>
          )}
          <button type="button" role="menuitem" onClick={run(() => void copyExport(store, 'yaml'))}>
            Copy Canary YAML
          </button>
          <button type="button" role="menuitem" onClick={run(() => void copyExport(store, 'heredoc'))}>
            Copy as kubectl apply command
          </button>
        </div>
      </details>
      <button
        type="button"
        className="button"
        onClick={io.share}
        title="Copy a link that opens this YAML (kept in the link, not on a server)"
      >
        Share
      </button>
    </div>
  )
}
