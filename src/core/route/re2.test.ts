import { describe, expect, it } from 'vitest'
import { compileRe2 } from './re2.ts'

const test = (pattern: string, value: string) => {
  const r = compileRe2(pattern)
  if (!r.ok) throw new Error(r.error)
  return r.regex.test(value)
}

describe('compileRe2', () => {
  it('matches the whole value, as Envoy safe_regex does', () => {
    expect(test('/api/v[0-9]+', '/api/v2')).toBe(true)
    expect(test('/api/v[0-9]+', '/api/v2/users')).toBe(false)
    expect(test('a|b', 'ab')).toBe(false)
    expect(test('.*flagger-cookie.*abc.*', 'x=1; flagger-cookie=abc')).toBe(true)
  })
  it('translates RE2 spellings: (?P<name>), \\A, \\z, POSIX classes and a leading (?i)', () => {
    expect(test('(?P<v>[0-9]+)', '42')).toBe(true)
    expect(test('\\Afoo\\z', 'foo')).toBe(true)
    expect(test('[[:digit:]]+', '123')).toBe(true)
    expect(test('[[:digit:]]+', '12a')).toBe(false)
    expect(test('(?i)chrome', 'Chrome')).toBe(true)
    expect(test('chrome', 'Chrome')).toBe(false)
  })
  it('rejects what RE2 does not support, with a clear error', () => {
    for (const p of ['(?=a)a', 'a(?!b)', '(?<=a)b', '(a)\\1', '(?>a)', 'a*+']) {
      const r = compileRe2(p)
      expect(r.ok).toBe(false)
      expect(!r.ok && r.error).toContain('RE2 does not support')
    }
  })
  it('reports a pattern that does not compile', () => {
    const r = compileRe2('(')
    expect(!r.ok && r.error).toContain('does not compile')
  })
})
