import type { Canary } from '../../core/catalog/canary-fields.ts'
import type { TraceRequest } from '../../core/route/trace-request-types.ts'
import { KeyValueRows } from './KeyValueRows.tsx'
import { entryOptions, patchRequest } from './request-edit.ts'

const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

interface Props {
  readonly canary: Canary | undefined
  readonly request: TraceRequest
  readonly onChange: (request: TraceRequest) => void
}

/** The request being traced, field by field; every change is traced at once. */
export function RequestEditor({ canary, request, onChange }: Props) {
  const set = (patch: Partial<TraceRequest>) => onChange(patchRequest(request, patch))
  const isMesh = request.entry === 'mesh'
  return (
    <form className="request-editor" aria-label="Request" onSubmit={(e) => e.preventDefault()}>
      <label className="request-editor__field request-editor__field--entry">
        <span>Enters through</span>
        <select className="tracer-input" value={request.entry} onChange={(e) => set({ entry: e.target.value })}>
          {entryOptions(canary, request.entry).map((entry) => (
            <option key={entry} value={entry}>
              {entry === 'mesh' ? 'mesh (a pod with a sidecar)' : `Gateway ${entry}`}
            </option>
          ))}
        </select>
      </label>
      <div className="request-editor__line">
        <label className="request-editor__field request-editor__field--method">
          <span>Method</span>
          <select className="tracer-input" value={request.method ?? 'GET'} onChange={(e) => set({ method: e.target.value })}>
            {[...new Set([request.method ?? 'GET', ...methods])].map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
        <label className="request-editor__field request-editor__field--host">
          <span>Host</span>
          <input className="tracer-input" value={request.host} spellCheck={false} onChange={(e) => set({ host: e.target.value })} />
        </label>
        <label className="request-editor__field request-editor__field--port">
          <span>Port</span>
          <input
            className="tracer-input"
            type="number"
            min={1}
            max={65535}
            value={request.port ?? ''}
            placeholder={isMesh ? String(canary?.spec?.service?.port ?? '') : '80'}
            onChange={(e) => set({ port: e.target.value === '' ? undefined : Number(e.target.value) })}
          />
        </label>
      </div>
      <label className="request-editor__field">
        <span>Path</span>
        <input className="tracer-input" value={request.path ?? ''} placeholder="/" spellCheck={false} onChange={(e) => set({ path: e.target.value })} />
      </label>
      {isMesh && (
        <label className="request-editor__field">
          <span>Caller namespace</span>
          <input
            className="tracer-input"
            value={request.sourceNamespace ?? ''}
            placeholder={canary?.metadata?.namespace ?? 'default'}
            spellCheck={false}
            onChange={(e) => set({ sourceNamespace: e.target.value === '' ? undefined : e.target.value })}
          />
        </label>
      )}
      <fieldset className="request-editor__group">
        <legend>Headers</legend>
        <KeyValueRows noun="Header" namePlaceholder="x-canary" values={request.headers} onChange={(headers) => set({ headers })} />
      </fieldset>
      <fieldset className="request-editor__group">
        <legend>Cookies</legend>
        <KeyValueRows noun="Cookie" namePlaceholder="name" values={request.cookies} onChange={(cookies) => set({ cookies })} />
      </fieldset>
    </form>
  )
}
