import { indexLines, positionAt } from '../document/text-lines.ts'
import { describeCharacter, findUnprintable } from '../text/unprintable.ts'

/**
 * Why `text` must not go to the clipboard, or undefined when it may. Text holding a control character is refused
 * rather than escaped: kubectl would refuse the YAML anyway, and pasted into a terminal the character acts (ESC
 * sequences, ^C) instead of being read, which no escaping inside a heredoc can prevent.
 */
export function clipboardRefusal(text: string, what: string): string | undefined {
  const found = findUnprintable(text, 2)
  const first = found[0]
  if (first === undefined) return undefined
  const { line, column } = positionAt(indexLines(text), first.offset)
  const more = found.length > 1 ? ' (and more after it)' : ''
  return (
    `Not copied: ${what} holds the control character ${describeCharacter(first.char)} at line ${line}, column ${column}${more}. ` +
    'kubectl refuses it, and in a terminal it could run as a key press. Remove it (see Problems) and copy again.'
  )
}
