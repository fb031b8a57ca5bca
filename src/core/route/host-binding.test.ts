import { describe, expect, it } from 'vitest'
import { meshSpellings, vsHostMatches } from './host-binding.ts'

describe('VirtualService host matching', () => {
  const mesh = (ns: string) => ({ callerNamespace: ns })
  it('accepts every in-cluster spelling of a short host for a mesh caller in the same namespace', () => {
    for (const h of ['podinfo', 'podinfo.test', 'podinfo.test.svc', 'podinfo.test.svc.cluster.local'])
      expect(vsHostMatches('podinfo', h, 'test', mesh('test'))).toBe(true)
  })
  it('needs the namespace in the host for a mesh caller from another namespace', () => {
    expect(vsHostMatches('podinfo', 'podinfo', 'test', mesh('other'))).toBe(false)
    expect(vsHostMatches('podinfo', 'podinfo.test', 'test', mesh('other'))).toBe(true)
    expect(vsHostMatches('podinfo', 'podinfo.prod', 'test', mesh('test'))).toBe(false)
  })
  it('matches gateway requests only on the qualified name', () => {
    expect(vsHostMatches('podinfo', 'podinfo', 'test', undefined)).toBe(false)
    expect(vsHostMatches('podinfo', 'podinfo.test.svc.cluster.local', 'test', undefined)).toBe(true)
    expect(vsHostMatches('app.example.com', 'app.example.com', 'test', undefined)).toBe(true)
    expect(vsHostMatches('app.example.com', 'www.example.com', 'test', undefined)).toBe(false)
  })
  it('matches *.suffix and * wildcards', () => {
    expect(vsHostMatches('*.example.com', 'app.example.com', 'test', undefined)).toBe(true)
    expect(vsHostMatches('*.example.com', 'example.com', 'test', undefined)).toBe(false)
    expect(vsHostMatches('*', 'anything.io', 'test', mesh('test'))).toBe(true)
  })
  it('lists the spellings of a service FQDN', () => {
    expect(meshSpellings('podinfo.test.svc.cluster.local', 'x')).toEqual([
      'podinfo.test.svc.cluster.local',
      'podinfo.test.svc',
      'podinfo.test',
    ])
  })
})
