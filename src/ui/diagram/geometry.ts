// The curve every edge is drawn with, on screen and in the exported SVG, and where its label sits.

export interface Curve {
  readonly path: string
  readonly labelX: number
  readonly labelY: number
}

const round = (n: number) => Math.round(n * 10) / 10

/** A horizontal S-curve from (sx, sy) to (tx, ty); the label sits at `at` along it (0 = source, 1 = target). */
export function curve(sx: number, sy: number, tx: number, ty: number, at = 0.5): Curve {
  // Right to left (the autoscaler, drawn after the workloads, points back at them): leave leftwards.
  const dir = tx >= sx ? 1 : -1
  const dx = Math.max(40, Math.abs(tx - sx) * 0.5)
  const c1x = sx + dir * dx
  const c2x = tx - dir * dx
  const u = 1 - at
  const bx = u * u * u * sx + 3 * u * u * at * c1x + 3 * u * at * at * c2x + at * at * at * tx
  const by = u * u * u * sy + 3 * u * u * at * sy + 3 * u * at * at * ty + at * at * at * ty
  return {
    path: `M ${round(sx)} ${round(sy)} C ${round(c1x)} ${round(sy)}, ${round(c2x)} ${round(ty)}, ${round(tx)} ${round(ty)}`,
    labelX: round(bx),
    labelY: round(by),
  }
}
