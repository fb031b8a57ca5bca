import type { TracedPath } from '../../store/traced-path.ts'

/** The class that marks an element on, off, or at the end of the traced request's path (undefined: no trace). */
export function traceClass(id: string, path: TracedPath | undefined, kind: 'node' | 'edge'): string | undefined {
  if (path === undefined) return undefined
  const onPath = kind === 'node' ? path.nodeIds : path.edgeIds
  const onMirror = kind === 'node' ? path.mirrorNodeIds : path.mirrorEdgeIds
  if (!path.admitted && kind === 'node' && path.stopsAt === id) return 'trace-stop'
  if (onPath.includes(id)) return 'trace-on'
  if (onMirror.includes(id)) return 'trace-mirror'
  return 'trace-off'
}

/** Copies of the flow elements with their trace class; the same array when there is no trace. */
export function withTraceClasses<T extends { id: string; className?: string }>(
  elements: readonly T[],
  path: TracedPath | undefined,
  kind: 'node' | 'edge',
): readonly T[] {
  if (path === undefined) return elements
  return elements.map((e) => ({ ...e, className: traceClass(e.id, path, kind) }))
}
