import { Document, stringify, visit } from 'yaml'
import type { GeneratedObject } from './istio-types.ts'

// The yaml library writes DEL, C1 controls, LS, PS and U+FFFE/U+FFFF raw (some in double quotes, some plain).
// kubectl's go-yaml refuses DEL, C1 and the non-characters ("control characters are not allowed") and reads NEL,
// LS and PS as line breaks, so such a value would not apply, or would apply changed. YAML's double-quoted style has
// an escape for each: strings holding one are written double-quoted, and every such character then escaped.
const needsEscape = /[\u007F-\u009F\u2028\u2029\uFFFE\uFFFF]/
const needsEscapeAll = new RegExp(needsEscape.source, 'g')
const namedEscapes: Record<string, string> = { '\u0085': '\\N', '\u2028': '\\L', '\u2029': '\\P' }

function escapeOf(char: string): string {
  const code = char.charCodeAt(0)
  return namedEscapes[char] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`)
}

function stringifyObject(object: GeneratedObject): string {
  // lineWidth 0: never fold long strings (cookie regexes, annotations) across lines.
  if (!needsEscape.test(JSON.stringify(object))) return stringify(object, { lineWidth: 0 })
  const doc = new Document(object)
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && needsEscape.test(node.value)) node.type = 'QUOTE_DOUBLE'
    },
  })
  return doc.toString({ lineWidth: 0 }).replace(needsEscapeAll, escapeOf)
}

/** The objects as one `---`-separated YAML stream, ready for `kubectl apply -f -` or `istioctl analyze`. */
export function toYamlStream(objects: readonly GeneratedObject[]): string {
  return objects.map((o) => `---\n${stringifyObject(o)}`).join('')
}
