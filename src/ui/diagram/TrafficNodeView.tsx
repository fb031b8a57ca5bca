import { Handle, Position, type NodeProps } from '@xyflow/react'
import { memo } from 'react'
import type { TrafficNode } from '../../core/traffic/traffic-graph-types.ts'
import type { Density } from './density.ts'
import type { TrafficFlowNode } from './flow-elements.ts'
import { compactHeading, kindLabel, routeKindText } from './labels.ts'
import { routeHandleOffset } from './layout.ts'

// One component for every kind of box: a kind line, the name, detail lines, badges and (VirtualService) routes.
// The compact densities draw the kind line and the name only (and the routes, which the arrows leave from).

function Routes({ node, density }: { node: TrafficNode; density: Density }) {
  return (
    <ol className="traffic-node__routes">
      {node.routes?.map((r) => (
        <li key={r.index} className={`traffic-route traffic-route--${r.kind}`} title={`${r.label}: ${r.explanation}`}>
          <span className="traffic-route__index">{r.index + 1}</span>
          <span className="traffic-route__label" title={`${r.label}: ${r.explanation}`}>
            {r.label}
          </span>
          <span className="traffic-route__kind">{routeKindText[r.kind]}</span>
          <Handle
            type="source"
            id={`route:${r.index}`}
            position={Position.Right}
            isConnectable={false}
            className="traffic-node__handle"
            style={{ top: routeHandleOffset(node, r.index, density) }}
          />
        </li>
      ))}
    </ol>
  )
}

function Details({ node }: { node: TrafficNode }) {
  return (
    <>
      {node.details.map((d, i) => (
        <div key={i} className="traffic-node__detail" title={d}>
          {d}
        </div>
      ))}
      {node.badges && node.badges.length > 0 && (
        <div className="traffic-node__badges">
          {node.badges.map((b) => (
            <span key={b.kind} className={`traffic-badge traffic-badge--${b.kind}`} title={b.explanation}>
              {b.label}
            </span>
          ))}
        </div>
      )}
    </>
  )
}

function TrafficNodeViewImpl({ data }: NodeProps<TrafficFlowNode>) {
  const { node, tone, density, workload } = data
  const heading =
    density === 'detailed' ? { kind: kindLabel(node, tone), name: node.label } : compactHeading(node, tone)
  return (
    <div
      className={`traffic-node traffic-node--${node.kind} traffic-node--${tone} traffic-node--lane-${node.lane} traffic-node--density-${density}`}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} className="traffic-node__handle" />
      {node.kind === 'workload' && (
        <Handle
          type="target"
          id="back"
          position={Position.Right}
          isConnectable={false}
          className="traffic-node__handle"
        />
      )}
      {node.kind === 'autoscaler' && (
        <Handle
          type="source"
          id="back"
          position={Position.Left}
          isConnectable={false}
          className="traffic-node__handle"
        />
      )}
      <div className="traffic-node__heading">
        <span className="traffic-node__kind" title={heading.kind}>
          {heading.kind}
        </span>
        {workload && (
          <span
            className="traffic-badge traffic-badge--workload"
            data-workload={workload.name}
            title={workload.explanation}
          >
            {workload.label}
          </span>
        )}
      </div>
      <div className="traffic-node__name" title={node.label}>
        {heading.name}
      </div>
      {density === 'detailed' && <Details node={node} />}
      {node.routes && node.routes.length > 0 ? (
        <Routes node={node} density={density} />
      ) : (
        <Handle type="source" position={Position.Right} isConnectable={false} className="traffic-node__handle" />
      )}
    </div>
  )
}

/** A box of the traffic diagram; memoised so unchanged nodes do not re-render on edits elsewhere. */
export const TrafficNodeView = memo(TrafficNodeViewImpl)
