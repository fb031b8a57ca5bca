import { hostMatchesPattern, qualifyHost } from '../gateway/host-patterns.ts'

// Which Host headers reach a VirtualService host (istio pilot networking/core route: sidecar virtual hosts get
// every in-cluster spelling of a Kubernetes service name, gateway virtual hosts only the host as configured).
// A short VirtualService host is first qualified in the VirtualService's namespace: `podinfo` in `test` is
// `podinfo.test.svc.cluster.local`.

const clusterSuffix = '.svc.cluster.local'

/**
 * The Host values a mesh caller in `callerNamespace` can use for a service FQDN: the FQDN, `<name>.<ns>.svc`,
 * `<name>.<ns>`, and the bare `<name>` only from the same namespace (how DNS search paths resolve it).
 */
export function meshSpellings(fqdn: string, callerNamespace: string): string[] {
  if (!fqdn.endsWith(clusterSuffix)) return [fqdn]
  const [name = '', namespace = ''] = fqdn.slice(0, -clusterSuffix.length).split('.')
  const spellings = [fqdn, `${name}.${namespace}.svc`, `${name}.${namespace}`]
  if (namespace === callerNamespace) spellings.push(name)
  return spellings
}

/** Whether a request's host (no port, lower case) is one of a VirtualService's hosts, for this entry. */
export function vsHostMatches(
  vsHost: string,
  requestHost: string,
  vsNamespace: string,
  mesh: { callerNamespace: string } | undefined,
): boolean {
  const qualified = qualifyHost(vsHost, vsNamespace).toLowerCase()
  if (qualified.startsWith('*')) return hostMatchesPattern(qualified, requestHost)
  if (!mesh) return qualified === requestHost
  return meshSpellings(qualified, mesh.callerNamespace).includes(requestHost)
}

/** The first VirtualService host the request's host matches, or undefined. */
export function findVsHost(
  vsHosts: readonly string[],
  requestHost: string,
  vsNamespace: string,
  mesh: { callerNamespace: string } | undefined,
): string | undefined {
  return vsHosts.find((h) => vsHostMatches(h, requestHost, vsNamespace, mesh))
}
