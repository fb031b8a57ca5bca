/** A linear map from a domain [d0, d1] onto a pixel range [r0, r1]; a zero-width domain maps to r0. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const span = d1 - d0
  return (value) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0))
}

/** A wall-clock offset as a short axis label: 0, 30s, 1m, 1m30s, 2h, 1h30m. */
export function formatAxisTime(seconds: number): string {
  if (seconds <= 0) return '0'
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = Math.round(seconds % 60)
  if (h > 0) return `${h}h${m ? `${m}m` : ''}`
  return `${m ? `${m}m` : ''}${s ? `${s}s` : ''}`
}

// Label steps people read at a glance: seconds, minutes, hours, days.
const niceSteps = [10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400]

/**
 * Axis label positions for [0, totalSeconds]: multiples of the analysis interval (one per tick when they fit),
 * else the smallest round step that keeps labels at least `minGapPx` apart.
 */
export function timeAxisTicks(totalSeconds: number, intervalSeconds: number, widthPx: number, minGapPx = 44): number[] {
  if (totalSeconds <= 0 || widthPx <= 0) return [0]
  const pxPerSecond = widthPx / totalSeconds
  const candidates = [intervalSeconds, ...niceSteps.filter((s) => s > intervalSeconds && s % intervalSeconds === 0), ...niceSteps]
  const step = candidates.find((s) => s * pxPerSecond >= minGapPx) ?? Math.ceil(totalSeconds / Math.max(1, Math.floor(widthPx / minGapPx)))
  const ticks: number[] = []
  for (let t = 0; t <= totalSeconds + 1e-9; t += step) ticks.push(t)
  return ticks
}
