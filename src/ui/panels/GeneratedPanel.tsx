import { lazy, Suspense, useCallback, useMemo, useState } from 'react'
import { formatPath, type Diagnostic, type FieldPath } from '../../core/diagnostic.ts'
import { planResources } from '../../core/generate/generate-resources.ts'
import { toYamlStream } from '../../core/generate/yaml-stream.ts'
import { focusPath } from '../../store/intents/focus-path.ts'
import { showNotice } from '../../store/intents/show-notice.ts'
import { selectActiveTick, selectRouting, selectShownCanary } from '../../store/selectors.ts'
import { describeSource, sourceField, type SourceAt } from '../generated/source-at.ts'
import { TickHeader } from '../generated/TickHeader.tsx'
import { copyText } from '../io/clipboard.ts'
import { useStudio, useStudioStore } from '../studio-context.ts'
import '../generated/generated.css'

// A second Monaco editor, loaded with the same lazy chunk as the YAML pane.
const GeneratedEditor = lazy(() => import('../generated/GeneratedEditor.tsx'))

function Findings({ items }: { readonly items: readonly Diagnostic[] }) {
  const store = useStudioStore()
  if (items.length === 0) return null
  return (
    <ul className="generated__findings">
      {items.map((d, i) => (
        <li key={`${i}:${d.rule}`} className={`generated__finding generated__finding--${d.severity}`}>
          <span>{d.message}</span>
          {d.path && (
            <button type="button" className="link-button" onClick={() => d.path && focusPath(store, d.path, 'panel')}>
              {formatPath(d.path)}
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}

/** The objects Flagger would create for the shown Canary at the shown tick, read-only, with where each field came from. */
export default function GeneratedPanel() {
  const store = useStudioStore()
  const canary = useStudio(selectShownCanary)
  const routing = useStudio(selectRouting)
  const tick = useStudio(selectActiveTick)
  const isStale = useStudio((s) => s.analysis.status !== 'ok')
  // The file's other documents: an apex Service or VirtualService there is adopted, the target Deployment read.
  const documents = useStudio((s) => (s.analysis.status === 'ok' ? s.analysis.parsed.documents : undefined))
  const plan = useMemo(
    () => (canary ? planResources(canary, routing, { documents }) : undefined),
    [canary, routing, documents],
  )
  const stream = useMemo(() => (plan ? toYamlStream(plan.objects) : ''), [plan])
  const [source, setSource] = useState<SourceAt | undefined>()
  const showSource = useCallback((path: FieldPath) => focusPath(store, path, 'panel'), [store])

  if (!canary || !plan) return <p className="panel__empty">No Canary to generate resources from.</p>
  const copy = () =>
    void copyText(stream, 'the generated resources').then((r) =>
      showNotice(store, { kind: r.ok ? 'info' : 'error', message: r.message }),
    )
  const field = sourceField(source)
  return (
    <div className={`generated${isStale ? ' generated--stale' : ''}`} data-testid="generated-panel">
      <div className="generated__bar">
        <TickHeader tick={tick} routing={routing} />
        <button
          type="button"
          className="button"
          onClick={copy}
          disabled={stream === ''}
          title="The objects as one YAML stream, for istioctl analyze -f -"
        >
          Copy for istioctl analyze
        </button>
      </div>
      <div className="generated__body">
        {stream === '' ? (
          <p className="panel__empty">Nothing is generated until the errors beside are fixed.</p>
        ) : (
          <Suspense fallback={<pre className="generated__fallback">{stream}</pre>}>
            <GeneratedEditor
              stream={stream}
              provenance={plan.provenance}
              onCursorSource={setSource}
              onShowSource={showSource}
            />
          </Suspense>
        )}
        <aside className="generated__aside" aria-label="Where generated fields come from">
          <div className="generated__source" aria-live="polite">
            {source
              ? describeSource(source)
              : 'Hover a generated field to see which Canary field produced it; click it, then “Show source” (or Alt+click).'}
            {field && (
              <button type="button" className="link-button" onClick={() => showSource(field)}>
                Show source
              </button>
            )}
          </div>
          <Findings items={[...plan.diagnostics, ...plan.notes]} />
        </aside>
      </div>
    </div>
  )
}
