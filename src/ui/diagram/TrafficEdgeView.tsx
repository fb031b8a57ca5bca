import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react'
import { memo } from 'react'
import type { TrafficFlowEdge } from './flow-elements.ts'
import { curve } from './geometry.ts'
import { edgeClass, showsLabel } from './labels.ts'

function TrafficEdgeViewImpl({ id, sourceX, sourceY, targetX, targetY, data }: EdgeProps<TrafficFlowEdge>) {
  if (!data) return null
  const { edge, tone, routeKind, labelAt, lines, secondary } = data
  const { path } = curve(sourceX, sourceY, targetX, targetY)
  const className = edgeClass(edge.kind, tone, edge.active, routeKind)
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={className}
        markerEnd={`url(#traffic-arrow-${tone})`}
        interactionWidth={14}
      />
      {showsLabel(edge.kind) && labelAt && (
        <EdgeLabelRenderer>
          <div
            className={`traffic-edge-label traffic-edge-label--${edge.kind} traffic-edge-label--${tone}${routeKind ? ` traffic-edge-label--route-${routeKind}` : ''}${edge.active ? '' : ' traffic-edge-label--inactive'}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelAt.x}px, ${labelAt.y}px)` }}
            data-edge-id={edge.id}
            title={edge.label}
          >
            {lines.map((line) => (
              <span key={line} className="traffic-edge-label__main">
                {line}
              </span>
            ))}
            {secondary && <span className="traffic-edge-label__secondary">{secondary}</span>}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  )
}

/** An arrow of the traffic diagram with its weight / condition label; memoised. */
export const TrafficEdgeView = memo(TrafficEdgeViewImpl)
