import { Handle, Position, type NodeProps } from '@xyflow/react'
import { memo } from 'react'
import type { TrafficFlowNode } from './flow-elements.ts'
import { kindLabel, routeKindText } from './labels.ts'
import { routeHandleOffset } from './layout.ts'

// One component for every kind of box: a kind line, the name, detail lines, badges and (VirtualService) routes.

function TrafficNodeViewImpl({ data }: NodeProps<TrafficFlowNode>) {
  const { node, tone } = data
  return (
    <div className={`traffic-node traffic-node--${node.kind} traffic-node--${tone} traffic-node--lane-${node.lane}`}>
      <Handle type="target" position={Position.Left} isConnectable={false} className="traffic-node__handle" />
      {node.kind === 'workload' && <Handle type="target" id="back" position={Position.Right} isConnectable={false} className="traffic-node__handle" />}
      {node.kind === 'autoscaler' && <Handle type="source" id="back" position={Position.Left} isConnectable={false} className="traffic-node__handle" />}
      <div className="traffic-node__kind">{kindLabel(node, tone)}</div>
      <div className="traffic-node__name" title={node.label}>
        {node.label}
      </div>
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
      {node.routes && node.routes.length > 0 ? (
        <ol className="traffic-node__routes">
          {node.routes.map((r) => (
            <li key={r.index} className={`traffic-route traffic-route--${r.kind}`} title={r.explanation}>
              <span className="traffic-route__index">{r.index + 1}</span>
              <span className="traffic-route__label">{r.label}</span>
              <span className="traffic-route__kind">{routeKindText[r.kind]}</span>
              <Handle
                type="source"
                id={`route:${r.index}`}
                position={Position.Right}
                isConnectable={false}
                className="traffic-node__handle"
                style={{ top: routeHandleOffset(node, r.index) }}
              />
            </li>
          ))}
        </ol>
      ) : (
        <Handle type="source" position={Position.Right} isConnectable={false} className="traffic-node__handle" />
      )}
    </div>
  )
}

/** A box of the traffic diagram; memoised so unchanged nodes do not re-render on edits elsewhere. */
export const TrafficNodeView = memo(TrafficNodeViewImpl)
