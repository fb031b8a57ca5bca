import { useLayoutEffect } from 'react'
import { useStudio } from './studio-context.ts'

// Benchmark marks (bench/run.ts). Off unless the page is opened with `?perf`: then PerfProbe is a no-op
// component and no listener is installed, so normal use pays nothing.
const isEnabled = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('perf')

let inputStart: number | null = null
const channel = isEnabled ? new MessageChannel() : null
let pendingSettle: { start: number; kind: string } | null = null

if (isEnabled && channel) {
  // The earliest moment a keystroke reaches the page (capture phase, before Monaco's or React's handlers).
  // The latest keydown wins; a beforeinput without a keydown (a paste, Playwright's fill) counts when none is pending.
  window.addEventListener('keydown', (event) => (inputStart = event.timeStamp), true)
  window.addEventListener('beforeinput', (event) => (inputStart ??= event.timeStamp), true)
  // The task after the commit: passive effects and any cascading synchronous renders have run by then.
  channel.port1.onmessage = () => {
    const pending = pendingSettle
    pendingSettle = null
    if (pending) performance.measure(`input→settled:${pending.kind}`, { start: pending.start, end: performance.now() })
  }
}

function viewsCommitted(kind: string): void {
  if (inputStart === null) return
  const start = inputStart
  inputStart = null
  performance.measure(`input→commit:${kind}`, { start, end: performance.now() })
  pendingSettle = { start, kind }
  channel?.port2.postMessage(null)
}

function ActiveProbe() {
  const text = useStudio((s) => s.text)
  const analysis = useStudio((s) => s.analysis)
  // Laid out after its siblings in Workspace, so this runs when the form, diagram and timeline have committed.
  useLayoutEffect(() => {
    if (!performance.getEntriesByName('workspace-committed').length) performance.mark('workspace-committed')
    else viewsCommitted('text')
  }, [text, analysis])
  return null
}

/** Render last in the workspace. With `?perf`, measures input event → views committed (performance.measure). */
export const PerfProbe: () => null = isEnabled ? ActiveProbe : () => null
