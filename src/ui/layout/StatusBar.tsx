import { deploymentStrategy } from '../../core/model/effective.ts'
import { selectIsAnalysisPending } from '../../store/deferred-analysis.ts'
import { dismissNotice } from '../../store/intents/dismiss-notice.ts'
import { showPanel } from '../../store/intents/show-panel.ts'
import { countProblems, selectShownCanary } from '../../store/selectors.ts'
import { useStudio, useStudioStore } from '../studio-context.ts'
import { useLayoutControls } from './layout-context.ts'

const statusText = {
  ok: 'YAML valid',
  invalid: 'YAML has errors',
  empty: 'empty document',
  'no-canary': 'no Canary in the YAML',
} as const

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** Parse status, problem counts, the strategy in effect and the message about the last edit. */
export function StatusBar() {
  const store = useStudioStore()
  const layout = useLayoutControls()
  const status = useStudio((s) => s.analysis.status)
  const counts = countProblems(useStudio((s) => s.analysis.diagnostics))
  const strategy = useStudio((s) => {
    const canary = selectShownCanary(s)
    return canary ? deploymentStrategy(canary) : undefined
  })
  const notice = useStudio((s) => s.ui.notice)
  const isPending = useStudio(selectIsAnalysisPending)
  return (
    <footer className="statusbar" role="status">
      {isPending ? (
        <span
          className="statusbar__state statusbar__state--pending"
          title="Documents over 100,000 characters are analysed in the background once typing pauses; until then the views show the last analysis"
        >
          analysing large document…
        </span>
      ) : (
        <span className={`statusbar__state statusbar__state--${status}`}>{statusText[status]}</span>
      )}
      <button
        type="button"
        className="statusbar__problems"
        onClick={() => {
          showPanel(store, 'problems')
          layout?.reveal('panels')
        }}
      >
        {plural(counts.errors, 'error')} · {plural(counts.warnings, 'warning')}
        {counts.infos > 0 && ` · ${counts.infos} note${counts.infos === 1 ? '' : 's'}`}
      </button>
      {strategy && <span>strategy: {strategy}</span>}
      {notice && (
        <span className={`statusbar__notice statusbar__notice--${notice.kind}`}>
          <span className="statusbar__message" title={notice.message}>
            {notice.message}
          </span>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismissNotice(store)}>
            ×
          </button>
        </span>
      )}
    </footer>
  )
}
