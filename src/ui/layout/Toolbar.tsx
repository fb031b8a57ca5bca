import { redo } from '../../store/intents/redo.ts'
import { setTheme } from '../../store/intents/set-theme.ts'
import { undo } from '../../store/intents/undo.ts'
import { selectCanRedo, selectCanUndo } from '../../store/selectors.ts'
import { IoToolbar } from '../io/IoToolbar.tsx'
import { useStudio, useStudioStore } from '../studio-context.ts'
import { useResolvedTheme } from '../theme/use-theme.ts'
import { Brand } from './Brand.tsx'

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const mod = isMac ? '⌘' : 'Ctrl+'

/** App name, document name, undo/redo and the theme switch. */
export function Toolbar() {
  const store = useStudioStore()
  const canUndo = useStudio(selectCanUndo)
  const canRedo = useStudio(selectCanRedo)
  const name = useStudio((s) => s.analysis.lastGoodCanary?.metadata?.name)
  const namespace = useStudio((s) => s.analysis.lastGoodCanary?.metadata?.namespace)
  const theme = useResolvedTheme()
  return (
    <header className="toolbar">
      <Brand />
      {name && (
        <span
          className="toolbar__doc"
          title={`${namespace ? `${namespace} / ` : ''}${name} (metadata.namespace / metadata.name)`}
        >
          {namespace ? `${namespace} / ` : ''}
          <strong>{name}</strong>
        </span>
      )}
      <div className="toolbar__actions">
        <IoToolbar />
        <button
          type="button"
          className="button"
          onClick={() => undo(store)}
          disabled={!canUndo}
          title={`Undo (${mod}Z)`}
        >
          Undo
        </button>
        <button
          type="button"
          className="button"
          onClick={() => redo(store)}
          disabled={!canRedo}
          title={`Redo (${mod}${isMac ? '⇧Z' : 'Y'})`}
        >
          Redo
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setTheme(store, theme === 'dark' ? 'light' : 'dark')}
          aria-label={`Switch to ${theme === 'dark' ? 'light' : 'dark'} theme`}
          title="Switch theme"
        >
          {theme === 'dark' ? '☀' : '☾'}
        </button>
      </div>
    </header>
  )
}
