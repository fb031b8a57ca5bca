// kubectl reads YAML with go-yaml, whose reader refuses every character outside YAML's printable set with
// "control characters are not allowed" (yaml_parser_update_buffer, readerc.go): C0 controls other than tab, LF
// and CR, DEL, C1 controls other than NEL, lone surrogates and U+FFFE/U+FFFF. The `yaml` library reads them
// without a word, so we look for them ourselves. On a clipboard they are worse than invalid: pasted into a
// terminal, ESC sequences and ^C act (ESC[201~ ends bracketed paste, so the rest of a heredoc runs as commands).
const unprintablePattern =
  // eslint-disable-next-line no-control-regex -- finding control characters is what this module is for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/gu

const c0Names =
  'NUL SOH STX ETX EOT ENQ ACK BEL BS TAB LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC'
    .concat(' FS GS RS US')
    .split(' ')

/** One character YAML (and so kubectl) does not accept in a file. */
export interface UnprintableCharacter {
  readonly offset: number
  readonly char: string
}

/** Whether `text` holds any character kubectl's YAML reader refuses (one regex test: cheap on every keystroke). */
export function hasUnprintable(text: string): boolean {
  unprintablePattern.lastIndex = 0
  return unprintablePattern.test(text)
}

/** The first `limit` characters of `text` that kubectl's YAML reader refuses, in text order. */
export function findUnprintable(text: string, limit = 100): UnprintableCharacter[] {
  const found: UnprintableCharacter[] = []
  unprintablePattern.lastIndex = 0
  for (let m = unprintablePattern.exec(text); m !== null && found.length < limit; m = unprintablePattern.exec(text)) {
    found.push({ offset: m.index, char: m[0] })
  }
  return found
}

/** `U+001B (ESC)`, `U+007F (DEL)`, `U+0090 (C1 control)`: how a message names an invisible character. */
export function describeCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  const name =
    code < 0x20
      ? c0Names[code]
      : code === 0x7f
        ? 'DEL'
        : code <= 0x9f
          ? 'C1 control'
          : code >= 0xd800 && code <= 0xdfff
            ? 'lone surrogate'
            : 'non-character'
  return `${hex} (${name})`
}
