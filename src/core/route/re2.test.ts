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

const errorOf = (pattern: string): string => {
  const r = compileRe2(pattern)
  return r.ok ? '' : r.error
}

describe('compileRe2 on hostile patterns (#18)', () => {
  it('answers (a+)+b and (a|a)*b in work linear in the value, where backtracking froze the tab', () => {
    for (const [pattern, value] of [
      ['(a+)+b', 'a'.repeat(32)],
      ['(a|a)*b', 'a'.repeat(5000)],
      ['(.*.*.*=.*)*x', 'a=b'.repeat(2000)],
    ] as const) {
      const r = compileRe2(pattern)
      if (!r.ok) throw new Error(r.error)
      expect(r.regex.match(value)).toEqual({ matched: false })
    }
  })

  it('refuses a pattern over Istio’s 1024 bytes, with the size, before parsing it', () => {
    expect(errorOf('a'.repeat(40_000))).toMatch(/is too large \(40000 bytes\): Istio allows at most 1024/)
    expect(errorOf('é'.repeat(513))).toContain('(1026 bytes)')
    expect(errorOf('a'.repeat(1024))).toBe('')
  })

  it('refuses repetition counts RE2 refuses: over 1000, reversed, or nested past 1000', () => {
    expect(errorOf('a{1001}')).toContain('bad repetition operator: {1001}')
    expect(errorOf('a{3,2}')).toContain('bad repetition operator: {3,2}')
    expect(errorOf('(a{100}){11}')).toContain('nested counts multiply to 1100')
    expect(errorOf('a**')).toContain('bad repetition operator: **')
    expect(errorOf('*a')).toContain('missing argument to repetition operator: *')
    expect(errorOf('(a{100}){10}')).toBe('')
  })

  it('reports a program past RE2’s memory budget as RE2 does', () => {
    expect(errorOf(`(?:${'[a-z]'.repeat(90)}){1000}`)).toContain('pattern too large - compile failed')
    expect(errorOf(`(?:${'[a-z]'.repeat(80)}){1000}`)).toBe('')
  })

  it('rejects the other syntax errors with RE2’s reason', () => {
    expect(errorOf('(ab')).toContain('missing closing )')
    expect(errorOf('ab)')).toContain('unexpected )')
    expect(errorOf('[ab')).toContain('missing closing ]')
    expect(errorOf('[z-a]')).toContain('invalid character class range')
    expect(errorOf('[[:alfa:]]')).toContain('invalid character class range: [:alfa:]')
    expect(errorOf('\\pX')).toContain('invalid character class range')
    expect(errorOf('\\y')).toContain('invalid escape sequence: \\y')
    expect(errorOf('a\\')).toContain('trailing \\')
    expect(errorOf('(?P<>a)')).toContain('invalid named capture group')
    expect(errorOf('(?x)a')).toContain('invalid or unsupported Perl syntax')
    expect(errorOf('(?P=n)')).toContain('backreferences')
    expect(errorOf('\\C')).toContain('RE2 does not support')
  })

  it('reads the rest of RE2’s syntax: flag groups, \\Q…\\E, \\p classes, octal and hex escapes, line anchors', () => {
    expect(test('(?i:ab)c', 'ABc')).toBe(true)
    expect(test('(?i:ab)c', 'ABC')).toBe(false)
    expect(test('(?i)[^k]', 'K')).toBe(false)
    expect(test('\\Qa.b\\E+', 'a.bbb')).toBe(true)
    expect(test('\\Qa.b\\E', 'axb')).toBe(false)
    expect(test('\\pL+\\p{Greek}', 'héllo\u03b1')).toBe(true)
    expect(test('\\PL', '1')).toBe(true)
    expect(test('\\101\\x42\\x{43}', 'ABC')).toBe(true)
    expect(test('(?m)^a$\\n^b$', 'a\nb')).toBe(true)
    expect(test('^a$\\n^b$', 'a\nb')).toBe(false)
    expect(test('(?s).', '\n')).toBe(true)
    expect(test('.', '\n')).toBe(false)
    expect(test('\\bfoo\\b.*', 'foo bar')).toBe(true)
    expect(test('[[:^digit:]]+', 'abc')).toBe(true)
    expect(test('(?U)a+', 'aaa')).toBe(true)
  })
})
