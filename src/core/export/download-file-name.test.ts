import { describe, expect, it } from 'vitest'
import { downloadFileName } from './download-file-name.ts'

describe('downloadFileName', () => {
  it.each([
    ['podinfo', 'podinfo.yaml'],
    ['my-app.v2', 'my-app.v2.yaml'],
    ['../../etc/passwd', 'etc-passwd.yaml'],
    ['a b/c\\d:e', 'a-b-c-d-e.yaml'],
    ['café ☕', 'caf.yaml'],
    ['...', 'canary.yaml'],
    ['', 'canary.yaml'],
    ['x'.repeat(300), `${'x'.repeat(100)}.yaml`],
  ])('names %j as %j', (name, file) => {
    expect(downloadFileName({ metadata: { name } })).toBe(file)
  })

  it('falls back to canary.yaml without a name or a Canary', () => {
    expect(downloadFileName({ kind: 'Canary' })).toBe('canary.yaml')
    expect(downloadFileName(undefined)).toBe('canary.yaml')
  })

  it('marks the file with every document', () => {
    expect(downloadFileName({ metadata: { name: 'podinfo' } }, 'everything')).toBe('podinfo-all.yaml')
  })
})
