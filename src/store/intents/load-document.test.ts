import { describe, expect, it } from 'vitest'
import { podinfoCanaryYaml } from '../../core/samples/podinfo.ts'
import { createStudioStore } from '../create-studio-store.ts'
import { loadDocument } from './load-document.ts'
import { replaceText } from './replace-text.ts'
import { setField } from './set-field.ts'

const second = podinfoCanaryYaml.replace('name: podinfo\n  namespace: test', 'name: backend\n  namespace: test')
const file = `${podinfoCanaryYaml}---\n${second}`

describe('loadDocument with a chosen Canary', () => {
  it('edits the chosen Canary and keeps that choice across edits', () => {
    const store = createStudioStore('')
    loadDocument(store, file, 'file', 1)
    expect(store.getState().analysis.canary?.metadata?.name).toBe('backend')
    replaceText(store, `# note\n${store.getState().text}`, 'editor')
    expect(store.getState().analysis.canary?.metadata?.name).toBe('backend')
    setField(store, ['spec', 'analysis', 'maxWeight'], 20)
    const text = store.getState().text
    expect(text.indexOf('maxWeight: 20')).toBeGreaterThan(text.indexOf('name: backend'))
  })

  it('a later load without a choice edits the first Canary again', () => {
    const store = createStudioStore('')
    loadDocument(store, file, 'file', 1)
    loadDocument(store, file, 'paste')
    expect(store.getState().analysis.canary?.metadata?.name).toBe('podinfo')
  })
})
