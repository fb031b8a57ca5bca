import type { ReactFlowInstance } from '@xyflow/react'
import type { Explained } from '../../core/traffic/traffic-graph-types.ts'
import type { TrafficFlowEdge, TrafficFlowNode } from './flow-elements.ts'
import { Legend } from './Legend.tsx'

// What used to float over the picture, now beside it: the zoom buttons and the toggles sit in the pane header, the
// notes and the legend in a strip above the picture, so none of them ever covers a node.

type Flow = ReactFlowInstance<TrafficFlowNode, TrafficFlowEdge>

export interface ChromeToggles {
  readonly notesShown: boolean
  readonly legendShown: boolean
  readonly toggleNotes: () => void
  readonly toggleLegend: () => void
}

/** Zoom out, zoom in, fit, and the notes / legend toggles, for the pane header. */
export function DiagramTools({
  flow,
  fit,
  noteCount,
  toggles,
}: {
  flow: Flow | undefined
  fit: () => void
  noteCount: number
  toggles: ChromeToggles
}) {
  return (
    <span className="traffic-tools" data-diagram-chrome="tools">
      <button type="button" onClick={() => void flow?.zoomOut()} aria-label="Zoom out" title="Zoom out">
        −
      </button>
      <button type="button" onClick={() => void flow?.zoomIn()} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button type="button" onClick={fit} aria-label="Fit the diagram to the pane" title="Fit the diagram to the pane">
        ⤢
      </button>
      {noteCount > 0 && (
        <button
          type="button"
          onClick={toggles.toggleNotes}
          aria-expanded={toggles.notesShown}
          title="Show or hide the notes above the diagram"
        >
          Notes {noteCount}
        </button>
      )}
      <button
        type="button"
        onClick={toggles.toggleLegend}
        aria-expanded={toggles.legendShown}
        title="Show or hide the legend above the diagram"
      >
        Legend
      </button>
    </span>
  )
}

/** The strip above the picture: that the document is stale, the notes (one line each until opened), the legend. */
export function DiagramStrip({
  notes,
  stale,
  toggles,
}: {
  notes: readonly Explained[]
  stale: boolean
  toggles: ChromeToggles
}) {
  const showsNotes = toggles.notesShown && notes.length > 0
  if (!stale && !showsNotes && !toggles.legendShown) return null
  return (
    <div className="traffic-strip" data-diagram-chrome="strip">
      {stale && (
        <p className="traffic-notes__stale" data-testid="diagram-stale">
          showing last valid document
        </p>
      )}
      {showsNotes && (
        <div className="traffic-notes">
          {notes.map((n) => (
            <details key={n.accessibleName} className="traffic-notes__note">
              <summary title={n.accessibleName}>{n.accessibleName}</summary>
              <p>{n.explanation}</p>
            </details>
          ))}
        </div>
      )}
      {toggles.legendShown && <Legend />}
    </div>
  )
}
