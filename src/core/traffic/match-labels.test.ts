import { describe, expect, it } from 'vitest'
import { cookieName, matchEntryLabel, matchListLabel } from './match-labels.ts'

describe('match labels', () => {
  it('joins the conditions of one entry with "and" and the entries with "or"', () => {
    expect(matchEntryLabel({ uri: { prefix: '/api' }, headers: { 'x-canary': { exact: 'insider' } }, queryParams: { v: { regex: '2.*' } }, sourceLabels: { app: 'web' } })).toBe(
      'uri starts with /api and x-canary = insider and ?v ~ 2.* and from app=web',
    )
    expect(matchListLabel([{ headers: { a: { exact: '1' } } }, { method: { exact: 'GET' } }])).toBe('a = 1 or method = GET')
    expect(matchListLabel(undefined)).toBe('all requests')
    expect(matchEntryLabel({ headers: { a: {} } })).toBe('a present')
  })

  it('reads the cookie name out of Flagger’s Cookie regex', () => {
    expect(cookieName([{ headers: { Cookie: { regex: '.*canary-cookie.*AbCdEfGhIj.*' } } }])).toBe('canary-cookie')
    expect(cookieName([{ headers: { cookie: { regex: '^(.*?;)?(type=insider)(;.*)?$' } } }])).toBeUndefined()
  })
})
