import type { Diagnostic } from '../diagnostic.ts'
import { describeCharacter, findUnprintable, hasUnprintable } from '../text/unprintable.ts'
import { indexLines, rangeAt } from './text-lines.ts'

/** At most this many characters are reported one by one; a file full of them needs one message, not thousands. */
const MAX_REPORTED = 20

/**
 * An error for each character of `text` that kubectl's YAML reader refuses (go-yaml readerc.go: "control characters
 * are not allowed"), with a fix that deletes it; the `yaml` library accepts them, so the parse alone says nothing.
 */
export function unprintableDiagnostics(text: string): Diagnostic[] {
  if (!hasUnprintable(text)) return []
  const found = findUnprintable(text, MAX_REPORTED + 1)
  const lines = indexLines(text)
  const shown = found.slice(0, MAX_REPORTED)
  return shown.map(({ offset, char }, i) => {
    const more = i === shown.length - 1 && found.length > MAX_REPORTED ? ' More such characters follow.' : ''
    return {
      severity: 'error',
      rule: 'yaml-control-character',
      message:
        `The control character ${describeCharacter(char)} is not allowed in YAML: kubectl refuses the file ("control ` +
        `characters are not allowed"), and copying it into a terminal could run it as a key press. Delete it, or write ` +
        `it as an escape inside a double-quoted string (e.g. "\\e" for ESC).${more}`,
      range: rangeAt(lines, offset, offset + char.length),
      fixes: [
        {
          title: `Delete ${describeCharacter(char)}`,
          kind: 'replace-text',
          from: offset,
          to: offset + char.length,
          text: '',
        },
      ],
    }
  })
}
