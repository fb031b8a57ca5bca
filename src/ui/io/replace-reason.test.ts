import { describe, expect, it } from 'vitest'
import { emptyHistory, recordChange } from '../../core/history/history.ts'
import { podinfoCanaryYaml } from '../../core/samples/podinfo.ts'
import { replaceReason, replaceReasons } from './replace-reason.ts'

const draft = podinfoCanaryYaml.replace('maxWeight: 50', 'maxWeight: 45')

describe('replaceReason', () => {
  it('lets a load replace the untouched sample or a loaded file without asking', () => {
    expect(replaceReason({ text: podinfoCanaryYaml, history: emptyHistory() }, undefined)).toBeUndefined()
    expect(replaceReason({ text: podinfoCanaryYaml, history: emptyHistory() }, podinfoCanaryYaml)).toBeUndefined()
    expect(replaceReason({ text: 'kind: Canary\n', history: emptyHistory() }, draft)).toBeUndefined()
  })

  it('asks before replacing a restored draft, which has no undo (also long after start-up)', () => {
    expect(replaceReason({ text: draft, history: emptyHistory() }, draft)).toBe(replaceReasons.draft)
  })

  it('asks before replacing undoable edits', () => {
    const history = recordChange(emptyHistory(), podinfoCanaryYaml, 'form', 0)
    expect(replaceReason({ text: draft, history }, undefined)).toBe(replaceReasons.edits)
  })
})
