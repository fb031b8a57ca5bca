import { useEffect, useLayoutEffect, useRef } from 'react'
import { selectShownCanary } from '../store/selectors.ts'
import { useStudio } from './studio-context.ts'

// Benchmark marks (bench/run.ts). Off unless the page is opened with `?perf`: then PerfProbe is a no-op
// component and no listener is installed, so normal use pays nothing.
const isEnabled = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('perf')

let inputStart: number | null = null
const channel = isEnabled ? new MessageChannel() : null
let pendingPaint: { start: number; kind: string } | null = null

if (isEnabled && channel) {
  // The earliest moment a keystroke reaches the page (capture phase, before Monaco's or React's handlers).
  // The latest keydown wins; a beforeinput without a keydown (a paste, Playwright's fill) counts when none is pending.
  window.addEventListener('keydown', (event) => (inputStart = event.timeStamp), true)
  window.addEventListener('beforeinput', (event) => (inputStart ??= event.timeStamp), true)
  // A message posted from a requestAnimationFrame callback runs after that frame's style, layout and paint.
  channel.port1.onmessage = () => {
    const pending = pendingPaint
    pendingPaint = null
    if (pending) performance.measure(`input→painted:${pending.kind}`, { start: pending.start, end: performance.now() })
  }
}

let current: { start: number; kind: string } | null = null

function viewsCommitted(kind: string): void {
  if (inputStart === null) return
  current = { start: inputStart, kind }
  inputStart = null
  performance.measure(`input→commit:${kind}`, { start: current.start, end: performance.now() })
}

// React Flow copies its `nodes` prop into its own store in a passive effect, and re-renders the nodes from there in
// a microtask React queues while effects run. PerfProbe's passive effect runs after its siblings', so two microtasks
// later that cascade has committed too: the diagram's DOM shows the new state.
function viewsUpdated(): void {
  const measured = current
  current = null
  if (!measured) return
  queueMicrotask(() =>
    queueMicrotask(() => {
      performance.measure(`input→views:${measured.kind}`, { start: measured.start, end: performance.now() })
      pendingPaint = measured
      requestAnimationFrame(() => channel?.port2.postMessage(null))
    }),
  )
}

function ActiveProbe() {
  const text = useStudio((s) => s.text)
  const analysis = useStudio((s) => s.analysis)
  const canary = useStudio(selectShownCanary)
  const previousCanary = useRef(canary)
  // Laid out after its siblings in Workspace, so this runs when the form, diagram and timeline have committed.
  // The kind tells keystrokes that changed the Canary ('canary') from comment and layout edits ('text').
  useLayoutEffect(() => {
    const kind = canary === previousCanary.current ? 'text' : 'canary'
    previousCanary.current = canary
    if (!performance.getEntriesByName('workspace-committed').length) performance.mark('workspace-committed')
    else viewsCommitted(kind)
  }, [text, analysis, canary])
  useEffect(viewsUpdated, [text, analysis])
  return null
}

/**
 * Render last in the workspace. With `?perf`, measures input event → views committed, → views updated (cascading
 * renders included) and → next frame painted (performance.measure).
 */
export const PerfProbe: () => null = isEnabled ? ActiveProbe : () => null
