// Istio host names as patterns (istio pkg/config/host Name.Matches / SubsetOf): `*` matches everything,
// `*.example.com` matches any name ending in `.example.com` (not `example.com` itself), anything else matches
// itself; DNS names compare case-insensitively.

/** Whether a concrete host name matches an Istio host pattern. */
export function hostMatchesPattern(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase()
  const h = host.toLowerCase()
  if (p === '*') return true
  if (p.startsWith('*.')) return h.endsWith(p.slice(1)) && h.length > p.length - 1
  return p === h
}

/** Whether two host patterns share at least one host (how Istio intersects Gateway and VirtualService hosts). */
export function hostPatternsOverlap(a: string, b: string): boolean {
  if (hostMatchesPattern(a, b) || hostMatchesPattern(b, a)) return true
  // Two wildcards overlap when one suffix ends with the other: *.a.example.com and *.example.com.
  if (a.startsWith('*.') && b.startsWith('*.')) return a.toLowerCase().endsWith(b.slice(1).toLowerCase()) || b.toLowerCase().endsWith(a.slice(1).toLowerCase())
  return false
}

/** Splits a Gateway server host `[namespace/]dnsName`: namespace `*` (any, the default) or `.` (the Gateway's own). */
export function splitServerHost(entry: string): { namespace: string; dnsName: string } {
  const slash = entry.indexOf('/')
  if (slash < 0) return { namespace: '*', dnsName: entry }
  return { namespace: entry.slice(0, slash), dnsName: entry.slice(slash + 1) }
}

/** Whether a server host's namespace part lets a VirtualService in `vsNamespace` bind to it. */
export function serverHostAllowsNamespace(namespacePart: string, vsNamespace: string, gatewayNamespace: string): boolean {
  if (namespacePart === '*') return true
  if (namespacePart === '.') return vsNamespace === gatewayNamespace
  return namespacePart === vsNamespace
}

/** The FQDN Istio gives a VirtualService host: a short name (no dot) is `<name>.<vs namespace>.svc.cluster.local`. */
export function qualifyHost(host: string, vsNamespace: string): string {
  if (host === '*' || host.includes('.')) return host
  return `${host}.${vsNamespace}.svc.cluster.local`
}
