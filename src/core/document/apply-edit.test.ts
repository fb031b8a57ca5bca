import { describe, expect, it } from 'vitest'
import { applyEdit } from './apply-edit.ts'
import { parseDocument } from './parse-document.ts'
import { stateOf } from './parse-state.ts'
import type { Edit } from './types.ts'

const base = `# Canary for podinfo
apiVersion: flagger.app/v1beta1
kind: Canary
metadata:
  name: podinfo # the app
  namespace: test
spec:
  # what to roll out
  targetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: podinfo
  service:
    port: 9898
    gateways:
    - public-gateway # the gateway
    - 'other'
  analysis:
    interval: 1m
    # how many failures
    threshold: 5
    x-team-note: keep me
    metrics:
      - name: request-success-rate
        thresholdRange:
          min: 99
        interval: 1m
`

function edited(edit: Edit, text = base): string {
  const result = applyEdit(text, edit)
  if (!result.ok) throw new Error(result.message)
  expect(result.reformatted).toBe(false)
  return result.text
}

describe('applyEdit set', () => {
  it('keeps the comment on a block scalar header when the scalar becomes a list (fast-check seed -867735775)', () => {
    const text = 'kind: Canary\nspec:\n  analysis:\n    x-note: |- # note10\n      x: y\n    threshold: 3\n'
    expect(edited({ kind: 'set', path: ['spec', 'analysis', 'x-note'], value: ['a'] }, text)).toBe(
      'kind: Canary\nspec:\n  analysis:\n    x-note: # note10\n      - a\n    threshold: 3\n',
    )
  })

  it('replaces only the scalar, keeping the end-of-line comment', () => {
    expect(edited({ kind: 'set', path: ['spec', 'analysis', 'threshold'], value: 10 })).toBe(
      base.replace('threshold: 5', 'threshold: 10'),
    )
    expect(edited({ kind: 'set', path: ['metadata', 'name'], value: 'web' })).toBe(
      base.replace('name: podinfo # the app', 'name: web # the app'),
    )
  })

  it('keeps the quote style, and quotes strings that would read as numbers or booleans', () => {
    expect(edited({ kind: 'set', path: ['spec', 'service', 'gateways', 1], value: "it's" })).toBe(
      base.replace("- 'other'", "- 'it''s'"),
    )
    expect(edited({ kind: 'set', path: ['metadata', 'name'], value: '10' })).toContain('name: "10" # the app')
    expect(edited({ kind: 'set', path: ['metadata', 'name'], value: 'yes' })).toContain('name: "yes" # the app')
    expect(edited({ kind: 'set', path: ['metadata', 'name'], value: 'a: b' })).toContain('name: "a: b" # the app')
  })

  it('inserts a missing key at the parent indentation in catalog order', () => {
    // The catalog orders analysis as interval, iterations, …, threshold, …, maxWeight, stepWeight: see canary-fields.ts.
    const out = edited({ kind: 'set', path: ['spec', 'provider'], value: 'istio' })
    expect(out).toBe(base.replace('spec:\n', 'spec:\n  provider: istio\n'))
    const mirror = edited({ kind: 'set', path: ['metadata', 'labels'], value: { app: 'podinfo' } })
    expect(mirror).toBe(base.replace('  namespace: test\n', '  namespace: test\n  labels:\n    app: podinfo\n'))
  })

  it('puts a key before the leading comment of the next known sibling', () => {
    const text = base.replace('spec:\n', 'spec:\n  # the provider\n  provider: istio\n')
    const out = edited({ kind: 'set', path: ['spec', 'metricsServer'], value: 'http://prom:9090' }, text)
    expect(out).toBe(
      text.replace('  # what to roll out\n', '  metricsServer: http://prom:9090\n  # what to roll out\n'),
    )
  })

  it('creates missing ancestors with the smallest block', () => {
    const out = edited({ kind: 'set', path: ['spec', 'analysis', 'metrics', 0, 'thresholdRange', 'max'], value: 500 })
    expect(out).toBe(base.replace('          min: 99\n', '          min: 99\n          max: 500\n'))
    const hpa = edited({ kind: 'set', path: ['spec', 'autoscalerRef', 'name'], value: 'podinfo' })
    expect(hpa).toBe(base.replace('  service:\n', '  autoscalerRef:\n    name: podinfo\n  service:\n'))
  })

  it('writes objects and lists as block YAML in the file’s list style', () => {
    const out = edited({ kind: 'set', path: ['spec', 'service', 'hosts'], value: ['app.example.com', 'b'] })
    // The catalog lists service.hosts before service.gateways.
    expect(out).toBe(base.replace('    gateways:\n', '    hosts:\n    - app.example.com\n    - b\n    gateways:\n'))
    const metric = edited({
      kind: 'set',
      path: ['spec', 'analysis', 'metrics', 1],
      value: { name: 'latency', thresholdRange: { max: 500 } },
    })
    expect(metric).toBe(`${base}      - name: latency\n        thresholdRange:\n          max: 500\n`)
  })

  it('sets a list or mapping entry by entry, so comments and unknown keys inside survive', () => {
    const out = edited({ kind: 'set', path: ['spec', 'service', 'gateways'], value: ['mesh'] })
    expect(out).toBe(base.replace("    - public-gateway # the gateway\n    - 'other'\n", '    - mesh # the gateway\n'))
    const range = edited({
      kind: 'set',
      path: ['spec', 'analysis'],
      value: { interval: '2m', threshold: 5, 'x-team-note': 'keep me' },
    })
    expect(range).toBe(base.replace('interval: 1m\n    #', 'interval: 2m\n    #').replace(/ {4}metrics:[\s\S]*$/, ''))
  })

  it('replaces a value of another shape, keeping the comment on its key line', () => {
    const text = base.replace('    gateways:\n', '    gateways: # where from\n')
    const out = edited({ kind: 'set', path: ['spec', 'service', 'gateways'], value: 'mesh' }, text)
    expect(out).toBe(
      text.replace(
        "    gateways: # where from\n    - public-gateway # the gateway\n    - 'other'\n",
        '    gateways: mesh # where from\n',
      ),
    )
    const scalar = edited({ kind: 'set', path: ['spec', 'service', 'gateways'], value: [] }, text)
    expect(scalar).toContain('    gateways: [] # where from\n  analysis:')
    const block = edited({ kind: 'set', path: ['spec', 'service', 'port'], value: { number: 80 } }, text)
    expect(block).toContain('  service:\n    port:\n      number: 80\n    gateways: # where from\n')
  })

  it('fills an empty value', () => {
    const text = base.replace('  service:\n', '  autoscalerRef:\n  service:\n')
    expect(edited({ kind: 'set', path: ['spec', 'autoscalerRef', 'name'], value: 'hpa' }, text)).toBe(
      text.replace('  autoscalerRef:\n', '  autoscalerRef:\n    name: hpa\n'),
    )
    expect(edited({ kind: 'set', path: ['spec', 'autoscalerRef'], value: 'x' }, text)).toContain('  autoscalerRef: x\n')
  })

  it('keeps multi-line strings in block style', () => {
    const text = base.replace('    x-team-note: keep me\n', '    x-team-note: |\n      line one\n      line two\n')
    const out = edited({ kind: 'set', path: ['spec', 'analysis', 'x-team-note'], value: 'first\nsecond\n' }, text)
    expect(out).toBe(text.replace('      line one\n      line two\n', '      first\n      second\n'))
  })

  it('quotes keys that need it', () => {
    const out = edited({ kind: 'set', path: ['metadata', 'annotations', 'flagger.app/config: x'], value: 'on' })
    expect(out).toContain('  annotations:\n    "flagger.app/config: x": "on"\n')
  })

  it('treats undefined as remove and refuses bad paths with a message', () => {
    expect(edited({ kind: 'set', path: ['spec', 'analysis', 'threshold'], value: undefined })).toBe(
      base.replace('    threshold: 5\n', ''),
    )
    const bad = applyEdit(base, { kind: 'set', path: ['spec', 'analysis', 'metrics', 5, 'name'], value: 'x' })
    expect(bad).toMatchObject({ ok: false })
    const scalar = applyEdit(base, { kind: 'set', path: ['metadata', 'name', 'x'], value: 'x' })
    expect(scalar.ok ? '' : scalar.message).toContain('metadata.name holds a single value')
  })
})

describe('applyEdit remove, insert, move', () => {
  it('removes only the pair’s own lines, comments above stay', () => {
    expect(edited({ kind: 'remove', path: ['spec', 'analysis', 'threshold'] })).toBe(
      base.replace('    threshold: 5\n', ''),
    )
    expect(edited({ kind: 'remove', path: ['spec', 'analysis', 'metrics'] })).toBe(
      base.slice(0, base.indexOf('    metrics:')),
    )
    expect(edited({ kind: 'remove', path: ['spec', 'nothing'] })).toBe(base)
  })

  it('removes a list item’s lines, and a first key sharing the dash line', () => {
    expect(edited({ kind: 'remove', path: ['spec', 'service', 'gateways', 0] })).toBe(
      base.replace('    - public-gateway # the gateway\n', ''),
    )
    expect(edited({ kind: 'remove', path: ['spec', 'analysis', 'metrics', 0, 'name'] })).toBe(
      base.replace('      - name: request-success-rate\n        thresholdRange:', '      - thresholdRange:'),
    )
  })

  it('leaves an emptied parent as an empty mapping or list', () => {
    const text = base.replace("    - public-gateway # the gateway\n    - 'other'\n", '    - mesh\n')
    expect(edited({ kind: 'remove', path: ['spec', 'service', 'gateways', 0] }, text)).toContain('    gateways: []\n')
  })

  it('inserts list items by lines at the dash column', () => {
    expect(edited({ kind: 'insert', path: ['spec', 'service', 'gateways'], index: 1, value: 'mesh' })).toBe(
      base.replace("    - 'other'\n", "    - mesh\n    - 'other'\n"),
    )
    expect(edited({ kind: 'insert', path: ['spec', 'service', 'gateways'], index: 2, value: 'mesh' })).toBe(
      base.replace("    - 'other'\n", "    - 'other'\n    - mesh\n"),
    )
    expect(edited({ kind: 'insert', path: ['spec', 'service', 'hosts'], index: 0, value: 'a.example.com' })).toContain(
      '    port: 9898\n    hosts:\n    - a.example.com\n    gateways:\n',
    )
    expect(applyEdit(base, { kind: 'insert', path: ['spec', 'service', 'gateways'], index: 3, value: 'x' }).ok).toBe(
      false,
    )
  })

  it('moves list items with their comments', () => {
    expect(edited({ kind: 'move', path: ['spec', 'service', 'gateways'], from: 0, to: 1 })).toBe(
      base.replace(
        "    - public-gateway # the gateway\n    - 'other'\n",
        "    - 'other'\n    - public-gateway # the gateway\n",
      ),
    )
  })
})

describe('applyEdit on real-world layouts', () => {
  it('keeps CRLF line endings', () => {
    const text = base.replace(/\n/g, '\r\n')
    const out = edited({ kind: 'set', path: ['spec', 'analysis', 'stepWeight'], value: 10 }, text)
    expect(out).not.toMatch(/[^\r]\n/)
    expect(parseDocument(out).canary?.spec?.analysis?.stepWeight).toBe(10)
  })

  it('handles a file without a final line break', () => {
    const text = base.trimEnd()
    expect(edited({ kind: 'set', path: ['spec', 'analysis', 'metrics', 0, 'interval'], value: '30s' }, text)).toBe(
      text.replace(/1m$/, '30s'),
    )
    const added = edited(
      { kind: 'set', path: ['spec', 'analysis', 'metrics', 0, 'templateRef'], value: { name: 'x' } },
      text,
    )
    expect(added).toBe(`${text}\n        templateRef:\n          name: x`)
    expect(edited({ kind: 'remove', path: ['spec', 'analysis', 'metrics', 0, 'interval'] }, text)).toBe(
      text.replace(/\n\s+interval: 1m$/, ''),
    )
  })

  it('never touches the other documents', () => {
    const before = 'apiVersion: v1\nkind: Service # svc\nmetadata: {name: x}\n---\n'
    const after = '...\n---\n# trailing\nkind: Deployment\n'
    const text = before + base + after
    const out = edited({ kind: 'set', path: ['spec', 'analysis', 'stepWeight'], value: 5 }, text)
    expect(out.startsWith(before)).toBe(true)
    expect(out.endsWith(after)).toBe(true)
  })

  it('replaces a scalar inside a flow collection by its span, quoting what flow syntax would misread', () => {
    const text = 'kind: Canary\nspec:\n  service: {port: 80, gateways: [a, "b"]} # flow\n'
    expect(edited({ kind: 'set', path: ['spec', 'service', 'port'], value: 81 }, text)).toBe(text.replace('80', '81'))
    expect(edited({ kind: 'set', path: ['spec', 'service', 'gateways', 0], value: 'x,y' }, text)).toBe(
      text.replace('[a,', '["x,y",'),
    )
    expect(edited({ kind: 'set', path: ['spec', 'service', 'gateways', 1], value: 'c' }, text)).toBe(
      text.replace('"b"', '"c"'),
    )
  })

  it('falls back to re-serialising for flow collections holding comments and aliases, flagged', () => {
    const text = 'kind: Canary\nspec:\n  service: {port: 80, # the port\n    gateways: [a]}\n'
    const result = applyEdit(text, { kind: 'set', path: ['spec', 'service', 'hosts'], value: ['h'] })
    expect(result).toMatchObject({ ok: true, reformatted: true })
    expect(result.ok && parseDocument(result.text).canary?.spec?.service?.hosts).toEqual(['h'])
    const aliased = 'kind: Canary\nx: &m {interval: 1m}\nspec:\n  analysis: *m\n'
    const viaAlias = applyEdit(aliased, { kind: 'set', path: ['spec', 'analysis', 'interval'], value: '2m' })
    expect(viaAlias.ok && parseDocument(viaAlias.text).documents[0]?.data).toEqual({
      kind: 'Canary',
      x: { interval: '1m' },
      spec: { analysis: { interval: '2m' } },
    })
  })

  it('creates a Canary in an empty file and refuses to edit a broken one', () => {
    expect(applyEdit('# new\n', { kind: 'set', path: ['spec', 'analysis', 'interval'], value: '1m' })).toEqual({
      ok: true,
      text: '# new\nspec:\n  analysis:\n    interval: 1m\n',
      reformatted: false,
    })
    const broken = applyEdit('kind: Canary\nspec: [\n', { kind: 'set', path: ['spec', 'x'], value: 1 })
    expect(broken.ok ? '' : broken.message).toMatch(/The YAML has errors \(line \d+, column \d+/)
  })

  it('re-serialises only the Canary document in the fallback, markers and other documents kept', () => {
    const first = '# leading\nkind: Service\nmetadata: {name: svc}\n'
    const canary = '---\n# about the canary\nkind: Canary\nspec:\n  service: {port: 80, # flow\n    x: 1}\n...\n'
    const last = '---\nkind: Deployment # last\n'
    const result = applyEdit(first + canary + last, { kind: 'set', path: ['spec', 'service', 'name'], value: 'web' })
    expect(result).toMatchObject({ ok: true, reformatted: true })
    if (!result.ok) return
    expect(result.text.startsWith(first + '---\n# about the canary\n')).toBe(true)
    expect(result.text.endsWith(last)).toBe(true)
    expect(result.text).toContain('# flow')
    expect(parseDocument(result.text).canary?.spec?.service).toMatchObject({ port: 80, name: 'web' })
  })

  it('refuses an empty path and edits that make no sense, without throwing', () => {
    expect(applyEdit(base, { kind: 'set', path: [], value: {} }).ok).toBe(false)
    expect(applyEdit(base, { kind: 'move', path: ['spec', 'service', 'gateways'], from: 0, to: 5 }).ok).toBe(false)
    expect(applyEdit(base, { kind: 'insert', path: ['spec', 'service', 'port'], index: 0, value: 1 }).ok).toBe(false)
    expect(applyEdit(base, { kind: 'set', path: ['spec', 'service', 'gateways', 'x'], value: 1 }).ok).toBe(false)
  })

  it('leaves the cached parse of the edited text unchanged when it re-serialises a document', () => {
    // Parses are cached and shared (ranges, later edits, the incremental re-parse read them): a tree edit must copy.
    const text = 'apiVersion: flagger.app/v1beta1\nkind: Canary\nmetadata:\n  name: a\nspec:\n  list: [1, # one\n    2]\n'
    const parsed = parseDocument(text)
    const before = String(stateOf(parsed).docs[0])
    const result = applyEdit(text, { kind: 'insert', path: ['spec', 'list'], index: 2, value: 3 })
    expect(result).toMatchObject({ ok: true, reformatted: true })
    expect(String(stateOf(parsed).docs[0])).toBe(before)
  })
})
