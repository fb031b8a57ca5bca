import { describe, expect, it } from 'vitest'
import { renderGoTemplate, usesInterval } from './go-template.ts'

const model = { functions: { name: 'podinfo', target: 'podinfo', interval: '1m' }, variables: { tier: 'web' } }

describe('renderGoTemplate', () => {
  it('substitutes functions and variables, keeping the text around them', () => {
    expect(renderGoTemplate('a{{ target }}b{{variables.tier}}c', model)).toEqual({ ok: true, text: 'apodinfobwebc' })
  })
  it('honours trim markers and comments', () => {
    expect(renderGoTemplate('x  {{- target -}}  y{{/* note */}}', model)).toEqual({ ok: true, text: 'xpodinfoy' })
  })
  it('reports an unclosed action as Go does', () => {
    const r = renderGoTemplate('a\n{{ target', model)
    expect(r.ok ? '' : r.error).toBe('template: tmpl:2: unclosed action')
  })
  it('reports an undefined function before executing', () => {
    const r = renderGoTemplate('{{ variables.nope }} {{ pod }}', model)
    expect(r.ok ? '' : r.error).toContain('function "pod" not defined')
  })
  it('parses the whole template before executing: an unclosed action after a missing key is the error', () => {
    const r = renderGoTemplate('{{ variables.nope }}\n{{ target', model)
    expect(r.ok ? '' : r.error).toBe('template: tmpl:2: unclosed action')
  })
  it('reports the first parse error in the text: an undefined function before an unclosed action', () => {
    const r = renderGoTemplate('{{ pod }}\n{{ target', model)
    expect(r.ok ? '' : r.error).toBe('template: tmpl:1: function "pod" not defined')
  })
  it('places a repeated failing action at its first occurrence', () => {
    const r = renderGoTemplate('{{ target }}\n{{ variables.nope }} {{ variables.nope }}', model)
    expect(r.ok ? '' : r.error).toMatch(/^template: tmpl:2:2: executing "tmpl" at <variables.nope>/)
  })
  it('marks syntax outside the subset as unsupported, not as a Flagger error', () => {
    const r = renderGoTemplate('{{ if true }}x{{ end }}', model)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.isUnsupported).toBe(true)
  })
  it('detects {{ interval }}', () => {
    expect(usesInterval('rate(x[{{ interval }}])')).toBe(true)
    expect(usesInterval('up')).toBe(false)
  })
})

describe('renderGoTemplate on a huge query (#18)', () => {
  // 80,000 actions froze the Metrics panel for 92 s: each action's line was found by re-reading the text before it.
  it('renders 80000 actions over many lines, and still places an error on its line and column', () => {
    const query = Array.from({ length: 80_000 }, (_, i) => (i % 10 === 9 ? '{{ target }}\n' : '{{ target }} ')).join('')
    const r = renderGoTemplate(query, model)
    expect(r.ok && r.text.split('podinfo').length - 1).toBe(80_000)
    const broken = renderGoTemplate(`${query}x {{ variables.missing }}`, model)
    expect(broken.ok ? '' : broken.error).toMatch(/^template: tmpl:8001:4: executing "tmpl" at <variables.missing>/)
  })
})
