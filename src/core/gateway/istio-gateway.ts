// Istio `Gateway` documents (networking.istio.io v1, v1beta1, v1alpha3; ../shared/reference/istio-gateways-crd.json)
// read leniently from plain data into the view the diagram, the lint rules and the request tracer use.

/** One `spec.servers[]` entry: the port it listens on, the hosts it admits and how it handles TLS. */
export interface GatewayServer {
  readonly index: number
  readonly name: string | undefined
  readonly port: { readonly number: number | undefined; readonly name: string; readonly protocol: string }
  /** `[namespace/]dnsName` entries exactly as written. */
  readonly hosts: readonly string[]
  readonly tlsMode: string | undefined
  readonly httpsRedirect: boolean
}

/** A Gateway document in the file. */
export interface IstioGateway {
  readonly apiVersion: string
  readonly name: string
  /** metadata.namespace; undefined when the document leaves it to `kubectl apply -n`. */
  readonly namespace: string | undefined
  /** Labels selecting the gateway proxies (e.g. istio: ingressgateway). */
  readonly selector: Readonly<Record<string, string>>
  readonly servers: readonly GatewayServer[]
  /** Index of the document in its file, when read from one. */
  readonly documentIndex?: number
}

const gatewayApiVersions = new Set(['networking.istio.io/v1', 'networking.istio.io/v1beta1', 'networking.istio.io/v1alpha3'])

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function stringMap(v: unknown): Record<string, string> {
  if (!isRecord(v)) return {}
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'))
}

function readServer(raw: unknown, index: number): GatewayServer {
  const server = isRecord(raw) ? raw : {}
  const port = isRecord(server.port) ? server.port : {}
  const tls = isRecord(server.tls) ? server.tls : {}
  return {
    index,
    name: typeof server.name === 'string' ? server.name : undefined,
    port: {
      number: typeof port.number === 'number' ? port.number : undefined,
      name: typeof port.name === 'string' ? port.name : '',
      protocol: typeof port.protocol === 'string' ? port.protocol.toUpperCase() : '',
    },
    hosts: Array.isArray(server.hosts) ? server.hosts.filter((h): h is string => typeof h === 'string') : [],
    tlsMode: typeof tls.mode === 'string' ? tls.mode : undefined,
    httpsRedirect: tls.httpsRedirect === true,
  }
}

/** Reads one document as an Istio Gateway, or undefined when it is something else. */
export function readIstioGateway(data: unknown, documentIndex?: number): IstioGateway | undefined {
  if (!isRecord(data) || data.kind !== 'Gateway' || typeof data.apiVersion !== 'string') return undefined
  if (!gatewayApiVersions.has(data.apiVersion)) return undefined
  const metadata = isRecord(data.metadata) ? data.metadata : {}
  const spec = isRecord(data.spec) ? data.spec : {}
  const servers = Array.isArray(spec.servers) ? spec.servers : []
  return {
    apiVersion: data.apiVersion,
    name: typeof metadata.name === 'string' ? metadata.name : '',
    namespace: typeof metadata.namespace === 'string' ? metadata.namespace : undefined,
    selector: stringMap(spec.selector),
    servers: servers.map(readServer),
    ...(documentIndex === undefined ? {} : { documentIndex }),
  }
}

/** Every Istio Gateway among a file's documents, in file order. */
export function readIstioGateways(documents: readonly { readonly data: unknown; readonly index?: number }[]): IstioGateway[] {
  return documents.flatMap((d, i) => {
    const gateway = readIstioGateway(d.data, d.index ?? i)
    return gateway ? [gateway] : []
  })
}
