// The key to the diagram's arrows; each sample is drawn with the same classes as the real edges.

const items = [
  { className: 'traffic-edge traffic-edge--route traffic-edge--primary', label: 'weighted route (primary)' },
  { className: 'traffic-edge traffic-edge--route traffic-edge--canary', label: 'weighted route (canary)' },
  {
    className: 'traffic-edge traffic-edge--route traffic-edge--canary traffic-edge--inactive',
    label: '0 %: no requests now',
  },
  { className: 'traffic-edge traffic-edge--mirror traffic-edge--canary', label: 'mirror (copy, answer discarded)' },
  {
    className: 'traffic-edge traffic-edge--route traffic-edge--canary traffic-edge--route-ab-match',
    label: 'A/B match (header, cookie, URI)',
  },
  {
    className: 'traffic-edge traffic-edge--route traffic-edge--canary traffic-edge--route-sticky-canary',
    label: 'session affinity (cookie)',
  },
  { className: 'traffic-edge traffic-edge--bypass traffic-edge--bypass', label: 'in-mesh bypass (no VirtualService)' },
]

/** The legend as a strip above the picture (never over it). */
export function Legend() {
  return (
    <ul className="traffic-legend" aria-label="Legend">
      {items.map((item) => (
        <li key={item.label}>
          <svg width="34" height="10" aria-hidden="true">
            <path d="M 1 5 L 33 5" className={`react-flow__edge-path ${item.className}`} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  )
}
