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
  /** Offset of the action's `{{` in the template. */
  readonly offset: number
}

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

// Go's lexer trims the ASCII spaces, tabs, carriage returns and newlines around "{{- " and " -}}".
const isTrimSpace = (code: number) => code === 32 || code === 9 || code === 13 || code === 10

function skipWhitespace(text: string, at: number): number {
  while (at < text.length && isTrimSpace(text.charCodeAt(at))) at++
  return at
}

type Position = (offset: number) => { line: number; column: number }

function renderAction(action: Action, model: TemplateModel, positionOf: Position): TemplateResult {
  const { body } = action
  const { line, column } = positionOf(action.offset)
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

/**
 * Renders a Flagger query template the way Go's text/template would, with missingkey=error. One pass, linear in the
 * template: Go parses the whole template before it executes any of it, so a parse error (an undefined function, an
 * unclosed action) anywhere wins over an execution error (a missing key) before it.
 */
export function renderGoTemplate(template: string, model: TemplateModel): TemplateResult {
  const positionOf = lineCounter(template)
  // A query repeats few distinct actions: each renders once; only a failure needs its line (counted in order).
  const rendered = new Map<string, TemplateResult>()
  const out: string[] = []
  let executionError: TemplateResult | undefined
  let at = 0
  while (at < template.length) {
    const open = template.indexOf('{{', at)
    if (open < 0) {
      out.push(template.slice(at))
      break
    }
    let bodyStart = open + 2
    // Go's lexer: "{{- " trims the whitespace before the action, " -}}" the whitespace after it.
    const trimsBefore = template.charCodeAt(bodyStart) === 45 && isTrimSpace(template.charCodeAt(bodyStart + 1))
    if (trimsBefore) bodyStart += 2
    const literal = template.slice(at, open)
    out.push(trimsBefore ? literal.trimEnd() : literal)
    const close = template.indexOf('}}', bodyStart)
    if (close < 0) return failure(`template: tmpl:${positionOf(open).line}: unclosed action`)
    let bodyEnd = close
    at = close + 2
    if (template.charCodeAt(bodyEnd - 1) === 45 && isTrimSpace(template.charCodeAt(bodyEnd - 2))) {
      bodyEnd -= 2
      at = skipWhitespace(template, at)
    }
    const body = template.slice(bodyStart, bodyEnd).trim()
    const known = rendered.get(body)
    const result = known?.ok ? known : renderAction({ body, offset: open }, model, positionOf)
    rendered.set(body, result)
    if (result.ok) out.push(result.text)
    else if (result.error.includes('not defined')) return result
    else executionError ??= result
  }
  return executionError ?? { ok: true, text: out.join('') }
}

/** Whether a template calls `{{ interval }}` (so an empty metric interval leaves an empty PromQL range). */
export function usesInterval(template: string): boolean {
  return /\{\{-?\s*interval\s*-?\}\}/.test(template)
}
