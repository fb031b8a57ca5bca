// A small subset of Go's text/template, enough for Flagger metric queries (flagger-semantics.md §d.2–d.3).
// Flagger pkg/metrics/observers/render.go RenderQuery: template.New("tmpl").Option("missingkey=error")
// .Funcs(model.TemplateFunctions()).Parse(query), executed with nil data. The functions take no arguments:
// name, namespace, target, service, ingress, route, interval return strings; variables returns a map.

/** What the template functions return: the string functions by name, and the `variables` map. */
export interface TemplateModel {
  readonly functions: Readonly<Record<string, string>>
  readonly variables: Readonly<Record<string, string>> | undefined
}

/** A rendered template, or Go's error; `isUnsupported` marks syntax Flagger accepts but this subset does not render. */
export type TemplateResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly error: string; readonly isUnsupported: boolean }

interface Action {
  readonly body: string
  readonly line: number
  readonly column: number
}

type Piece = string | Action

const failure = (error: string, isUnsupported = false): TemplateResult => ({ ok: false, error, isUnsupported })

/** Line and column of increasing offsets, counting each newline once (a query of 80,000 actions stays linear). */
function lineCounter(text: string): (offset: number) => { line: number; column: number } {
  let line = 1
  let lineStart = 0
  let scanned = 0
  return (offset) => {
    for (; scanned < offset; scanned++)
      if (text.charCodeAt(scanned) === 10) {
        line++
        lineStart = scanned + 1
      }
    return { line, column: offset - lineStart }
  }
}

function skipWhitespace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text.charAt(at))) at++
  return at
}

// Go's lexer: "{{- " trims the whitespace before the action, " -}}" the whitespace after it.
function splitPieces(text: string): Piece[] | string {
  const pieces: Piece[] = []
  const lineAndColumn = lineCounter(text)
  let at = 0
  while (at < text.length) {
    const open = text.indexOf('{{', at)
    if (open < 0) {
      pieces.push(text.slice(at))
      break
    }
    let literal = text.slice(at, open)
    let bodyStart = open + 2
    if (/^-\s/.test(text.slice(bodyStart, bodyStart + 2))) {
      literal = literal.trimEnd()
      bodyStart += 2
    }
    pieces.push(literal)
    const close = text.indexOf('}}', bodyStart)
    if (close < 0) return `template: tmpl:${lineAndColumn(open).line}: unclosed action`
    let bodyEnd = close
    at = close + 2
    if (/\s-$/.test(text.slice(bodyEnd - 2, bodyEnd))) {
      bodyEnd -= 2
      at = skipWhitespace(text, at)
    }
    pieces.push({ body: text.slice(bodyStart, bodyEnd).trim(), ...lineAndColumn(open) })
  }
  return pieces
}

function renderAction(action: Action, model: TemplateModel): TemplateResult {
  const { body, line, column } = action
  if (/^\/\*[\s\S]*\*\/$/.test(body)) return { ok: true, text: '' }
  const at = `template: tmpl:${line}:${column + 2}: executing "tmpl" at <${body}>`
  const variable = /^variables\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(body)
  if (variable) {
    const key = variable[1] ?? ''
    const value = model.variables?.[key]
    // missingkey=error: a key the metric's templateVariables do not set fails the render.
    if (value === undefined) return failure(`${at}: map has no entry for key "${key}"`)
    return { ok: true, text: value }
  }
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(body) && !goKeywords.has(body)) {
    if (body === 'variables') return { ok: true, text: formatGoMap(model.variables) }
    const value = model.functions[body]
    if (value === undefined) return failure(`template: tmpl:${line}: function "${body}" not defined`)
    return { ok: true, text: value }
  }
  const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body)?.[0]
  if (word !== undefined && model.functions[word] === undefined && word !== 'variables' && !goKeywords.has(word))
    return failure(`template: tmpl:${line}: function "${word}" not defined`)
  return failure(
    `{{ ${body} }} at line ${line} uses template syntax Canary Studio does not render (only {{ name }}, {{ namespace }}, ` +
      `{{ target }}, {{ service }}, {{ ingress }}, {{ route }}, {{ interval }} and {{ variables.key }}); Flagger may accept it`,
    true,
  )
}

const goKeywords = new Set([
  'if',
  'else',
  'end',
  'range',
  'with',
  'define',
  'template',
  'block',
  'printf',
  'print',
  'len',
  'index',
  'eq',
  'ne',
  'and',
  'or',
  'not',
])

// How Go prints a map[string]string: map[a:1 b:2], keys sorted.
function formatGoMap(map: Readonly<Record<string, string>> | undefined): string {
  const entries = Object.entries(map ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `map[${entries.map(([k, v]) => `${k}:${v}`).join(' ')}]`
}

/** Renders a Flagger query template the way Go's text/template would, with missingkey=error. */
export function renderGoTemplate(template: string, model: TemplateModel): TemplateResult {
  const pieces = splitPieces(template)
  if (typeof pieces === 'string') return failure(pieces)
  // Go parses the whole template before executing it: an undefined function fails even after a missing key.
  const results = pieces.map((piece) =>
    typeof piece === 'string' ? ({ ok: true, text: piece } as const) : renderAction(piece, model),
  )
  const parseError = results.find((r) => !r.ok && r.error.includes('not defined'))
  if (parseError) return parseError
  let text = ''
  for (const result of results) {
    if (!result.ok) return result
    text += result.text
  }
  return { ok: true, text }
}

/** Whether a template calls `{{ interval }}` (so an empty metric interval leaves an empty PromQL range). */
export function usesInterval(template: string): boolean {
  return /\{\{-?\s*interval\s*-?\}\}/.test(template)
}
