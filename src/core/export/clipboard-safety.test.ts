import { describe, expect, it } from 'vitest'
import { clipboardRefusal } from './clipboard-safety.ts'

describe('clipboardRefusal', () => {
  it('lets ordinary YAML through, tabs, CRLF and non-ASCII included', () => {
    expect(clipboardRefusal('kind: Canary\r\nmetadata:\r\n  name: café\t# ok\r\n', 'the YAML')).toBeUndefined()
  })

  it('refuses the bracketed-paste escape, naming the character and where it is', () => {
    const text = 'kind: Canary\nmetadata:\n  annotations:\n    x: |\n      \u001b[201~\n      echo pwned\n'
    expect(clipboardRefusal(text, 'the Canary YAML')).toBe(
      'Not copied: the Canary YAML holds the control character U+001B (ESC) at line 5, column 7. kubectl refuses it, ' +
        'and in a terminal it could run as a key press. Remove it (see Problems) and copy again.',
    )
  })

  it('refuses ^C and DEL, and says when there are more', () => {
    expect(clipboardRefusal('a: \u0003\nb: \u007f\n', 'the query')).toMatch(
      /U\+0003 \(ETX\) at line 1, column 4 \(and more after it\)/,
    )
  })
})
