import { describe, expect, it } from 'vitest'
import { int, intOrStr, num, str } from '../../core/catalog/dsl.ts'
import { nodeAt } from '../../core/catalog/field-docs.ts'
import { formatFieldValue, parseFieldInput, placeholderOf } from './field-values.ts'

describe('parseFieldInput', () => {
  it('reads numbers within the catalog bounds', () => {
    const port = int({ minimum: 1, maximum: 65535 })
    expect(parseFieldInput(port, ' 9898 ')).toEqual({ ok: true, value: 9898 })
    expect(parseFieldInput(port, '0')).toMatchObject({ ok: false, message: 'Must be at least 1.' })
    expect(parseFieldInput(port, '1.5')).toMatchObject({ ok: false, message: 'Enter a whole number.' })
    expect(parseFieldInput(port, '12abc')).toMatchObject({ ok: false })
    expect(parseFieldInput(num(), '0.5')).toEqual({ ok: true, value: 0.5 })
  })

  it('treats an emptied box as removing the field', () => {
    expect(parseFieldInput(str(), '  ')).toEqual({ ok: true, remove: true })
  })

  it('checks durations the way Flagger parses them', () => {
    const interval = nodeAt(['spec', 'analysis', 'interval'])!
    expect(parseFieldInput(interval, '1m30s')).toEqual({ ok: true, value: '1m30s' })
    expect(parseFieldInput(interval, '1 minute')).toMatchObject({ ok: false })
    expect(parseFieldInput(interval, '1h')).toMatchObject({ ok: false, message: 'Must match ^[0-9]+(m|s).' })
  })

  it('reads int-or-string as a number when it is all digits', () => {
    expect(parseFieldInput(intOrStr(), '8080')).toEqual({ ok: true, value: 8080 })
    expect(parseFieldInput(intOrStr(), 'http')).toEqual({ ok: true, value: 'http' })
  })

  it('shows defaults as placeholders and values as text', () => {
    expect(placeholderOf(int({ default: 86400 }))).toBe('86400 (default)')
    expect(formatFieldValue(undefined)).toBe('')
    expect(formatFieldValue(false)).toBe('false')
  })
})
