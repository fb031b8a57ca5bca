// Baseline for bench/run.ts: the least a React 19 + React Flow page ships (three nodes, two edges, no JSX).
import { createElement, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ReactFlow, type Edge, type Node } from '@xyflow/react'
import '@xyflow/react/dist/style.css'

const nodes: Node[] = [
  { id: 'a', position: { x: 0, y: 0 }, data: { label: 'Source' } },
  { id: 'b', position: { x: 200, y: 0 }, data: { label: 'Transform' } },
  { id: 'c', position: { x: 400, y: 0 }, data: { label: 'Sink' } },
]
const edges: Edge[] = [
  { id: 'ab', source: 'a', target: 'b' },
  { id: 'bc', source: 'b', target: 'c' },
]

const root = document.getElementById('root')
if (root) createRoot(root).render(createElement(StrictMode, null, createElement(ReactFlow, { nodes, edges, fitView: true })))
