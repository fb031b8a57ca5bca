/**
 * Go's time.ParseDuration, which Flagger uses for analysis.interval, webhook timeouts and session-affinity
 * cookie ages: an optional sign, then one or more <number><unit>; units ns, us, µs, μs, ms, s, m, h; the lone
 * "0" is valid. Returns whole nanoseconds as a number of seconds (float), or undefined when Go would reject it.
 */
export function parseGoDuration(text: string): number | undefined {
  if (text === '0' || text === '+0' || text === '-0') return 0
  const m = /^([+-])?(.+)$/s.exec(text)
  if (!m || m[2] === undefined || m[2] === '') return undefined
  const sign = m[1] === '-' ? -1 : 1
  const unitSeconds: Record<string, number> = {
    ns: 1e-9,
    us: 1e-6,
    µs: 1e-6,
    μs: 1e-6,
    ms: 1e-3,
    s: 1,
    m: 60,
    h: 3600,
  }
  const part = /(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y
  let seconds = 0
  let at = 0
  const body = m[2]
  while (at < body.length) {
    part.lastIndex = at
    const p = part.exec(body)
    if (!p || p[1] === undefined || p[2] === undefined) return undefined
    const unit = unitSeconds[p[2]]
    if (unit === undefined) return undefined
    seconds += Number(p[1]) * unit
    at = part.lastIndex
  }
  return sign * seconds
}

/** The CRD's admission pattern for durations: anchored at the start only, so `1m30s` and `1min` pass, `1h` fails. */
export const crdDurationPattern = /^[0-9]+(m|s)/

/** Formats seconds the way people write durations: 90 → "1m30s", 3600 → "1h", 0.5 → "500ms". */
export function formatDuration(totalSeconds: number): string {
  if (!Number.isFinite(totalSeconds)) return String(totalSeconds)
  if (totalSeconds < 0) return `-${formatDuration(-totalSeconds)}`
  if (totalSeconds === 0) return '0s'
  if (totalSeconds < 1) return `${Math.round(totalSeconds * 1000)}ms`
  const h = Math.floor(totalSeconds / 3600)
  const m = Math.floor((totalSeconds % 3600) / 60)
  const s = Math.round((totalSeconds % 60) * 1000) / 1000
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`
}
