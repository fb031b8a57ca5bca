import { useMemo } from 'react'
import { derivedNames } from '../../core/model/effective.ts'
import { generatedVirtualService } from '../../core/route/trace-request.ts'
import { replaceText } from '../../store/intents/replace-text.ts'
import { setTraceRequest } from '../../store/intents/set-trace-request.ts'
import { selectActiveTick, selectIsReadOnly, selectRouting, selectShownCanary } from '../../store/selectors.ts'
import { selectActivePreset, selectRequestPresets, selectRouteDecision, selectTraceChoice, selectTraceRequest } from '../../store/trace-selectors.ts'
import { useStudio, useStudioStore } from '../studio-context.ts'
import { DecisionView } from '../tracer/DecisionView.tsx'
import { RequestEditor } from '../tracer/RequestEditor.tsx'
import { appendGatewayDocument, gatewayToAdd } from '../tracer/request-edit.ts'
import '../tracer/tracer.css'

function useTickLabel(): string {
  const tick = useStudio(selectActiveTick)
  const routing = useStudio(selectRouting)
  const weights = `primary ${routing.primaryWeight} % · canary ${routing.canaryWeight} %${routing.mirrored ? ' · mirrored' : ''}`
  return tick ? `At tick ${tick.tick}: ${weights}` : `Before any run: ${weights}`
}

/** "Try a request": describe a request (or pick a preset) and see where Istio sends it at the shown tick. */
export default function TryRequestPanel() {
  const store = useStudioStore()
  const canary = useStudio(selectShownCanary)
  const gateways = useStudio((s) => s.analysis.gateways)
  const routing = useStudio(selectRouting)
  const presets = useStudio(selectRequestPresets)
  const activePreset = useStudio(selectActivePreset)
  const isCustom = useStudio(selectTraceChoice).kind === 'custom'
  const request = useStudio(selectTraceRequest)
  const decision = useStudio(selectRouteDecision)
  const isReadOnly = useStudio(selectIsReadOnly)
  const tickLabel = useTickLabel()
  const virtualService = useMemo(() => (canary ? generatedVirtualService(canary, routing) : undefined), [canary, routing])
  const toAdd = useMemo(() => gatewayToAdd(canary, gateways), [canary, gateways])
  if (!canary || !request) return <p className="panel__empty">Write or load a Canary to try requests against it.</p>
  return (
    <div className={`tracer${isReadOnly ? ' tracer--stale' : ''}`}>
      <div className="tracer__presets" role="group" aria-label="Preset requests">
        {presets.map((p) => (
          <button key={p.id} type="button" className="tracer-preset" aria-pressed={!isCustom && activePreset?.id === p.id} data-preset={p.id} onClick={() => setTraceRequest(store, { kind: 'preset', id: p.id })}>
            {p.label}
          </button>
        ))}
        {toAdd && (
          <button
            type="button"
            className="tracer-preset tracer-preset--action"
            disabled={isReadOnly}
            title="Append an Istio Gateway document (the guide's public-gateway) after the Canary; the Canary's text is not touched"
            onClick={() => replaceText(store, appendGatewayDocument(store.getState().text, toAdd), 'import')}
          >
            + Add Gateway {toAdd.namespace}/{toAdd.name}
          </button>
        )}
      </div>
      <div className="tracer__body">
        <RequestEditor canary={canary} request={request} onChange={(next) => setTraceRequest(store, { kind: 'custom', request: next })} />
        {decision && <DecisionView decision={decision} virtualService={virtualService} canaryWorkload={derivedNames(canary).target} tickLabel={tickLabel} />}
      </div>
    </div>
  )
}
