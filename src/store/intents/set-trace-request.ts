import type { StudioStore, TraceRequestChoice } from '../studio-state.ts'

/** Chooses the request the "Try a request" panel traces: a preset (kept in step with the document) or the user's own. */
export function setTraceRequest(store: StudioStore, choice: TraceRequestChoice): void {
  const { ui } = store.getState()
  if (ui.traceRequest === choice) return
  store.setState({ ui: { ...ui, traceRequest: choice } })
}
