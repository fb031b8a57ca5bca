import { stringify } from 'yaml'
import type { GeneratedObject } from './istio-types.ts'

/** The objects as one `---`-separated YAML stream, ready for `kubectl apply -f -` or `istioctl analyze`. */
export function toYamlStream(objects: readonly GeneratedObject[]): string {
  // lineWidth 0: never fold long strings (cookie regexes, annotations) across lines.
  return objects.map((o) => `---\n${stringify(o, { lineWidth: 0 })}`).join('')
}
