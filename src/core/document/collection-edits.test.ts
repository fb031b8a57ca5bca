import { describe, expect, it } from 'vitest'
import type { FieldPath } from '../diagnostic.ts'
import { applyEdit } from './apply-edit.ts'
import { parseDocument } from './parse-document.ts'
import type { Edit } from './types.ts'

// Set, insert, remove and move from every state a list or mapping can be in: `[]`, `{}`, `- {}`, flow items,
// missing parents, a list emptied by a removal; and the comments that belong to a list item.

const head = 'apiVersion: flagger.app/v1beta1\nkind: Canary\nmetadata:\n  name: podinfo\nspec:\n  analysis:\n'
const analysis = (body: string): string => `${head}    interval: 1m\n${body}    threshold: 5\n`

function edited(text: string, edit: Edit): string {
  const result = applyEdit(text, edit)
  if (!result.ok) throw new Error(result.message)
  expect(result.reformatted).toBe(false)
  return result.text
}

const dataAt = (text: string, path: FieldPath): unknown => {
  let node = parseDocument(text).documents[0]?.data
  for (const part of path) node = (node as Record<string | number, unknown> | undefined)?.[part]
  return node
}

const hooks: FieldPath = ['spec', 'analysis', 'webhooks']
const match: FieldPath = ['spec', 'analysis', 'match']

describe('edits into flow collections', () => {
  it('sets a header inside `- {}` in block style (the reproduction of issue 15)', () => {
    const text = analysis('    match:\n    - {}\n')
    const value = { exact: 'insider' }
    expect(edited(text, { kind: 'set', path: [...match, 0, 'headers', 'x-canary'], value })).toBe(
      analysis('    match:\n    - headers:\n        x-canary:\n          exact: insider\n'),
    )
  })

  it('adds to a flow item that holds content, keeping what it holds', () => {
    const text = analysis('    match:\n      - {sourceLabels: {app: web}}\n')
    expect(edited(text, { kind: 'set', path: [...match, 0, 'headers', 'x'], value: { exact: 'a' } })).toBe(
      analysis(
        '    match:\n      - sourceLabels:\n          app: web\n        headers:\n          x:\n            exact: a\n',
      ),
    )
  })

  it('writes the first item of `metrics: []` in block style, the comment after it kept on the key line', () => {
    const metric = { name: 'request-success-rate', thresholdRange: { min: 99 }, interval: '1m' }
    const block =
      '    metrics: # rates\n      - name: request-success-rate\n        thresholdRange:\n          min: 99\n'
    const want = analysis(`${block}        interval: 1m\n`)
    const text = analysis('    metrics: [] # rates\n')
    expect(edited(text, { kind: 'insert', path: ['spec', 'analysis', 'metrics'], index: 0, value: metric })).toBe(want)
    expect(edited(text, { kind: 'set', path: ['spec', 'analysis', 'metrics', 0], value: metric })).toBe(want)
    expect(edited(text, { kind: 'set', path: ['spec', 'analysis', 'metrics'], value: [metric] })).toBe(want)
  })

  it('fills `{}` as a block mapping, and an insert replaces an empty `{}` where a list goes', () => {
    const text = analysis('    match:\n      - headers: {}\n')
    expect(edited(text, { kind: 'set', path: [...match, 0, 'headers', 'x'], value: { exact: 'a' } })).toBe(
      analysis('    match:\n      - headers:\n          x:\n            exact: a\n'),
    )
    expect(
      edited(analysis('    webhooks: {}\n'), { kind: 'insert', path: hooks, index: 0, value: { name: 'a' } }),
    ).toBe(analysis('    webhooks:\n      - name: a\n'))
  })

  it('rewrites a flow list holding items in block style for insert, remove and move', () => {
    const text = 'kind: Canary\nspec:\n  service:\n    gateways: [a, b] # where\n    port: 80\n'
    const gateways: FieldPath = ['spec', 'service', 'gateways']
    expect(edited(text, { kind: 'insert', path: gateways, index: 1, value: 'c' })).toBe(
      'kind: Canary\nspec:\n  service:\n    gateways: # where\n      - a\n      - c\n      - b\n    port: 80\n',
    )
    expect(edited(text, { kind: 'remove', path: [...gateways, 0] })).toContain('    gateways: # where\n      - b\n')
    expect(edited(text, { kind: 'move', path: gateways, from: 0, to: 1 })).toContain('      - b\n      - a\n    port')
    expect(edited('kind: Canary\nspec:\n  hosts: [a]\n', { kind: 'remove', path: ['spec', 'hosts', 0] })).toBe(
      'kind: Canary\nspec:\n  hosts: []\n',
    )
  })

  it('removes a key from a flow item, leaving `- {}` when it was the only one', () => {
    const text = analysis('    match:\n      - {headers: {x: {exact: a}}, sourceLabels: {app: web}}\n')
    expect(edited(text, { kind: 'remove', path: [...match, 0, 'headers'] })).toBe(
      analysis('    match:\n      - sourceLabels:\n          app: web\n'),
    )
    const only = analysis('    match:\n      - {headers: {x: {exact: a}}}\n')
    expect(edited(only, { kind: 'remove', path: [...match, 0, 'headers'] })).toBe(analysis('    match:\n      - {}\n'))
  })
})

describe('missing parents and appends', () => {
  it('creates the missing parents of an insert or a set', () => {
    const text = `${head}    interval: 1m\n`
    expect(edited(text, { kind: 'insert', path: hooks, index: 0, value: { name: 'a', url: 'http://x' } })).toBe(
      `${text}    webhooks:\n      - name: a\n        url: http://x\n`,
    )
    const bare = 'kind: Canary\nmetadata:\n  name: a\n'
    expect(edited(bare, { kind: 'set', path: [...match, 0, 'headers', 'x'], value: { exact: 'b' } })).toBe(
      `${bare}spec:\n  analysis:\n    match:\n      - headers:\n          x:\n            exact: b\n`,
    )
  })

  it('appends when a set names the index one past the end, and refuses one further', () => {
    const text = analysis('    webhooks:\n      - name: a\n')
    expect(edited(text, { kind: 'set', path: [...hooks, 1], value: { name: 'b' } })).toBe(
      analysis('    webhooks:\n      - name: a\n      - name: b\n'),
    )
    expect(edited(analysis('    webhooks: []\n'), { kind: 'set', path: [...hooks, 0, 'name'], value: 'b' })).toBe(
      analysis('    webhooks:\n      - name: b\n'),
    )
    const far = applyEdit(analysis('    webhooks: []\n'), { kind: 'set', path: [...hooks, 1, 'name'], value: 'b' })
    expect(far).toEqual({ ok: false, message: 'spec.analysis.webhooks[1] does not exist: the list has 0 items' })
  })
})

describe('removing the last item, then adding again', () => {
  it('leaves `[]` from which the next insert and set write block lines', () => {
    const text = analysis('    webhooks: # hooks\n      - name: a\n        url: http://x\n')
    const emptied = edited(text, { kind: 'remove', path: [...hooks, 0] })
    expect(emptied).toBe(analysis('    webhooks: [] # hooks\n'))
    expect(dataAt(emptied, hooks)).toEqual([])
    expect(edited(emptied, { kind: 'insert', path: hooks, index: 0, value: { name: 'b' } })).toBe(
      analysis('    webhooks: # hooks\n      - name: b\n'),
    )
  })

  it('keeps the list’s header comment through emptying and refilling; the item’s own comments go', () => {
    const text = analysis('    webhooks:\n      # all hooks\n\n      # the load test\n      - name: a # trailing\n')
    const emptied = edited(text, { kind: 'remove', path: [...hooks, 0] })
    expect(emptied).toBe(analysis('    webhooks: []\n      # all hooks\n\n'))
    expect(edited(emptied, { kind: 'insert', path: hooks, index: 0, value: { name: 'b' } })).toBe(
      // The blank line stays between the header and the item, so the header does not become the item's own.
      analysis('    webhooks:\n      # all hooks\n\n      - name: b\n'),
    )
  })

  it('empties a mapping to `{}` and refills it', () => {
    const text = analysis('    match:\n      - headers:\n          x:\n            exact: a\n')
    const emptied = edited(text, { kind: 'remove', path: [...match, 0, 'headers', 'x'] })
    expect(emptied).toBe(analysis('    match:\n      - headers: {}\n'))
    expect(edited(emptied, { kind: 'set', path: [...match, 0, 'headers', 'x-user'], value: { prefix: 'b' } })).toBe(
      analysis('    match:\n      - headers:\n          x-user:\n            prefix: b\n'),
    )
  })

  it('works at the end of a file without a final line break, and with CRLF', () => {
    const text = `${head}    webhooks:\n      # own\n      - name: a`
    const emptied = edited(text, { kind: 'remove', path: [...hooks, 0] })
    expect(emptied).toBe(`${head}    webhooks: []`)
    expect(edited(emptied, { kind: 'insert', path: hooks, index: 0, value: 'x' })).toBe(
      `${head}    webhooks:\n      - x`,
    )
    const crlf = text.replace(/\n/g, '\r\n') + '\r\n'
    const emptiedCrlf = edited(crlf, { kind: 'remove', path: [...hooks, 0] })
    expect(emptiedCrlf).toBe(`${head}    webhooks: []\n`.replace(/\n/g, '\r\n'))
    expect(edited(emptiedCrlf, { kind: 'insert', path: hooks, index: 0, value: { name: 'b', url: 'u' } })).toBe(
      `${head}    webhooks:\n      - name: b\n        url: u\n`.replace(/\n/g, '\r\n'),
    )
  })
})

describe('a list item’s own comments', () => {
  const list = [
    '    webhooks: # the hooks',
    '      # run before the rollout',
    '',
    '      # gate',
    '      - name: gate # trailing gate',
    '        url: http://gate',
    '        # gate detail',
    '      # load',
    '      - name: load',
    '    # about threshold',
    '',
  ].join('\n')
  const text = analysis(list).replace('    threshold: 5\n', '    # about threshold\n    threshold: 5\n')

  it('go with the item it documents when it is removed; the header and the next key’s comment stay', () => {
    const out = edited(text, { kind: 'remove', path: [...hooks, 0] })
    expect(out).toBe(
      text.replace(
        '      # gate\n      - name: gate # trailing gate\n        url: http://gate\n        # gate detail\n',
        '',
      ),
    )
    const last = edited(text, { kind: 'remove', path: [...hooks, 1] })
    expect(last).toBe(text.replace('      # load\n      - name: load\n', ''))
  })

  it('move with the item', () => {
    const out = edited(text, { kind: 'move', path: hooks, from: 1, to: 0 })
    expect(out).toBe(
      text.replace(
        '      # gate\n      - name: gate # trailing gate\n        url: http://gate\n        # gate detail\n      # load\n      - name: load\n',
        '      # load\n      - name: load\n      # gate\n      - name: gate # trailing gate\n        url: http://gate\n        # gate detail\n',
      ),
    )
  })

  it('are only those at the dash’s column: a comment deeper or shallower above the dash stays', () => {
    const deeper = analysis('    webhooks:\n      - name: a\n          # inside a\n      - name: b\n')
    expect(edited(deeper, { kind: 'remove', path: [...hooks, 1] })).toBe(
      analysis('    webhooks:\n      - name: a\n          # inside a\n'),
    )
    const kubectl = analysis('    webhooks:\n    # own b\n    - name: a\n    # own c\n    - name: c\n')
    expect(edited(kubectl, { kind: 'remove', path: [...hooks, 1] })).toBe(
      analysis('    webhooks:\n    # own b\n    - name: a\n'),
    )
  })
})
